package kz.minsearch.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch refuses to run as root, and our machines and CI run as root: then the node runs as an unprivileged
 * system user, created once, that owns the node's files.
 */
final class RunAs {
    static final String USER = System.getProperty("minsearch.es.user", "minsearch");

    private RunAs() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Prefixes a command so that it runs as the unprivileged user when we are root. */
    static List<String> wrap(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** As root: creates the user if it does not exist and gives it the node's directory. */
    static void prepare(Path nodeHome) throws IOException, InterruptedException {
        if (!isRoot()) {
            return;
        }
        if (exec("id", "-u", USER) != 0
                && exec("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER) != 0) {
            throw new NodeException("cannot create the system user '" + USER + "' that runs Elasticsearch (useradd failed)");
        }
        for (Path p = nodeHome.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new NodeException("Elasticsearch runs as user '" + USER + "', which cannot enter " + p
                        + "; set MINSEARCH_HOME to a directory outside it (or chmod o+x " + p + ")");
            }
        }
        if (exec("chown", "-R", USER + ":", nodeHome.toString()) != 0) {
            throw new NodeException("cannot give " + nodeHome + " to user '" + USER + "'");
        }
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
