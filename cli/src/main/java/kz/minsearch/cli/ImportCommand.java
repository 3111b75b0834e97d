package kz.minsearch.cli;

import kz.minsearch.enrich.Enricher;
import kz.minsearch.index.Importer;
import kz.minsearch.index.PublicationIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "import", description = "Index article files (plain text or HTML; directories are searched).")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files or directories")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Environment env = Environment.current();
        Importer.Result result = importFiles(env, paths);
        return result.failures().isEmpty() ? 0 : 1;
    }

    static Importer.Result importFiles(Environment env, List<Path> paths) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.toString().matches("(?i).*\\.(txt|html?)$"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new CliException("no such file: " + p);
            }
        }
        try (var client = env.elasticsearch().client()) {
            Importer importer = new Importer(new Enricher(env.registry()), new PublicationIndex(client),
                    env.home().resolve("spool"));
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            Importer.Result result;
            try (Progress progress = Progress.of("import", files.size())) {
                result = importer.importFiles(files, f -> progress.stepTo(done.incrementAndGet())); // files are read on every core
            }
            System.out.printf("imported %d of %d files%n", result.indexed(), files.size());
            System.out.println("linked translations and retellings: " + result.relinked() + " publications indexed before updated");
            result.failures().forEach(f -> System.out.println("failed: " + f));
            return result;
        }
    }
}
