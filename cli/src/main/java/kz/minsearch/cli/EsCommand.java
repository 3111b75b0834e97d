package kz.minsearch.cli;

import kz.minsearch.node.LocalNode;
import picocli.CommandLine.Command;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "es", description = "The local Elasticsearch node under $MINSEARCH_HOME.",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand {

    @Command(name = "start", description = "Start the node (if it is not running), wait for green, print its URL.")
    static final class Start implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Environment env = Environment.current();
            if (env.external() != null) {
                throw new CliException("MINSEARCH_ES_URL is set (" + env.external().url() + "): there is no local node to start");
            }
            System.out.println(env.localNode().start(Duration.ofMinutes(3)));
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop the node by its PID.")
    static final class Stop implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            LocalNode.Status was = Environment.current().localNode().stop(Duration.ofSeconds(60));
            switch (was.state()) {
                case STOPPED -> System.out.println("not running");
                case CRASHED -> System.out.println("was not running: " + was.detail() + "; PID file removed");
                default -> System.out.println("stopped (pid " + was.pid() + ")");
            }
            return 0;
        }
    }

    @Command(name = "status", description = "Say whether the node runs; exit 0 only when it answers.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            LocalNode.Status s = Environment.current().localNode().status();
            switch (s.state()) {
                case RUNNING -> System.out.println("running " + s.url() + " (pid " + s.pid() + ")");
                case STOPPED -> System.out.println("stopped");
                default -> System.out.println(s.state().name().toLowerCase() + ": " + s.detail());
            }
            return s.state() == LocalNode.Status.State.RUNNING ? 0 : 3;
        }
    }
}
