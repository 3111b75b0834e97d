package kz.minsearch.cli;

import kz.minsearch.node.NodeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./minsearch}: the verbs users and checks rely on. */
@Command(name = "minsearch", mixinStandardHelpOptions = true, version = "minsearch 0.1",
        description = "Search the publications of Kazakhstan's Ministry of Culture and Information.",
        subcommands = {EsCommand.class, ImportCommand.class, CrawlCommand.class, WatchCommand.class, ServeCommand.class, UpCommand.class, EvalCommand.class, ExtractCommand.class, BenchCommand.class, EnrichCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--registry", scope = CommandLine.ScopeType.INHERIT, paramLabel = "PATH",
            description = "people and area terms to add to the shipped registry: a directory of .json files or one file "
                    + "(default: MINSEARCH_REGISTRY, else $MINSEARCH_HOME/registry)")
    void registry(java.nio.file.Path path) {
        System.setProperty(Environment.REGISTRY, path.toString());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** --help and --version on every verb, not only on the launcher. */
    private static void withHelp(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(Main::withHelp);
    }

    public static void main(String[] args) {
        if ("all".equals(System.getenv("MINSEARCH_ACCESS_LOG"))) {
            System.setProperty(kz.minsearch.present.ApiServer.ACCESS_LOG_LEVEL, "debug"); // before any logger is made
        }
        CommandLine cli = new CommandLine(new Main());
        withHelp(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof CliException || e instanceof NodeException) {
                commandLine.getErr().println("minsearch: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }
}
