package kz.minsearch.cli;

import kz.minsearch.analysis.eval.AnalysisEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "eval", description = "Measure minsearch against its evaluation data.",
        subcommands = {EvalCommand.Analysis.class})
final class EvalCommand {

    @Command(name = "analysis", description = "Conflation recall and distinctness of the analyzers per language, "
            + "beside the standard analyzer (baseline) and the stemmers not chosen.")
    static final class Analysis implements Callable<Integer> {
        @Option(names = "--verbose", description = "list every pair that missed")
        boolean verbose;

        @Override
        public Integer call() {
            System.out.print(AnalysisEvaluation.report(AnalysisEvaluation.run(), verbose));
            return 0;
        }
    }
}
