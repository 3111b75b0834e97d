package kz.minsearch.cli;

import kz.minsearch.node.LocalCluster;
import kz.minsearch.node.LocalNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "es", description = "The local Elasticsearch node (or local cluster) under $MINSEARCH_HOME.",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand {

    @Command(name = "start", description = "Start the node, or the nodes of a local cluster, that do not run; wait for "
            + "green; print their URLs.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--nodes", description = "nodes of the local cluster on loopback (default: as many as last time, "
                + "1 at first); the index gets a replica once there are two")
        Integer nodes;

        @Override
        public Integer call() throws Exception {
            Environment env = Environment.current();
            if (env.external() != null) {
                throw new CliException("MINSEARCH_ES_URL is set (" + env.external().url() + "): there is no local node to start");
            }
            LocalCluster cluster = env.localCluster();
            System.out.println(cluster.start(nodes == null ? cluster.size() : nodes, Duration.ofMinutes(3)));
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop every local node by its PID.")
    static final class Stop implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            List<LocalNode> nodes = Environment.current().localCluster().nodes();
            List<LocalNode.Status> was = Environment.current().localCluster().stop(Duration.ofSeconds(60));
            for (int i = 0; i < was.size(); i++) {
                String prefix = nodes.size() > 1 ? nodes.get(i).name() + ": " : "";
                LocalNode.Status s = was.get(i);
                switch (s.state()) {
                    case STOPPED -> System.out.println(prefix + "not running");
                    case CRASHED -> System.out.println(prefix + "was not running: " + s.detail() + "; PID file removed");
                    default -> System.out.println(prefix + "stopped (pid " + s.pid() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "status", description = "Say whether each node runs and the cluster's health; exit 0 only when all answer.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            LocalCluster cluster = Environment.current().localCluster();
            List<LocalNode> nodes = cluster.nodes();
            List<LocalNode.Status> statuses = cluster.status();
            boolean all = true;
            for (int i = 0; i < nodes.size(); i++) {
                String prefix = nodes.size() > 1 ? nodes.get(i).name() + ": " : "";
                LocalNode.Status s = statuses.get(i);
                all &= s.state() == LocalNode.Status.State.RUNNING;
                switch (s.state()) {
                    case RUNNING -> System.out.println(prefix + "running " + s.url() + " (pid " + s.pid() + ")");
                    case STOPPED -> System.out.println(prefix + "stopped");
                    default -> System.out.println(prefix + s.state().name().toLowerCase() + ": " + s.detail());
                }
            }
            if (nodes.size() > 1) {
                cluster.health().ifPresentOrElse(h -> System.out.println("cluster " + health(h)),
                        () -> System.out.println("cluster: no node answers"));
            }
            return all ? 0 : 3;
        }

        private static String health(String json) {
            try {
                var h = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
                return h.path("status").asText("?") + ", " + h.path("number_of_nodes").asInt() + " nodes, "
                        + h.path("unassigned_shards").asInt() + " unassigned shards";
            } catch (java.io.IOException e) {
                return "unreadable health: " + json;
            }
        }
    }
}
