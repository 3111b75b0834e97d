package kz.minsearch.cli;

import kz.minsearch.analysis.eval.AnalysisEvaluation;
import kz.minsearch.eval.BenchEvaluation;
import kz.minsearch.eval.EnrichmentEvaluation;
import kz.minsearch.eval.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", description = "Measure minsearch against its evaluation data.",
        subcommands = {EvalCommand.Analysis.class, EvalCommand.Extraction.class, EvalCommand.Enrichment.class, EvalCommand.Relevance.class,
                EvalCommand.Dictionary.class})
final class EvalCommand {

    @Command(name = "analysis", description = "Conflation recall and distinctness of the analyzers per language, "
            + "beside the standard analyzer (baseline) and the stemmers not chosen.")
    static final class Analysis implements Callable<Integer> {
        @Option(names = "--verbose", description = "list every pair that missed")
        boolean verbose;

        @Option(names = "--speed", description = "also measure tokens a second per analyzer, for SECONDS each (default 2)",
                arity = "0..1", fallbackValue = "2", paramLabel = "SECONDS")
        Integer speedSeconds;

        @Override
        public Integer call() {
            System.out.print(AnalysisEvaluation.report(AnalysisEvaluation.run(), verbose));
            if (speedSeconds != null) {
                System.out.println();
                System.out.print(AnalysisEvaluation.speedReport(java.time.Duration.ofSeconds(speedSeconds)));
            }
            return 0;
        }
    }

    @Command(name = "extraction", description = "Serve each publisher of the fixture webs (the bundled corpus and its "
            + "six further layouts, corpus/layouts) on 127.0.0.1, crawl it with no "
            + "per-site configuration, and score the articles against its truth: body token F1, title, date and "
            + "language accuracy, articles missed, non-articles indexed. Then score main-content extraction on a "
            + "real-page benchmark (Scrapinghub's format and metric) beside what published extractors reach on it. "
            + "Needs no Elasticsearch.")
    static final class Extraction implements Callable<Integer> {
        @Mixin
        CorpusOption corpus = new CorpusOption();

        @Option(names = "--bench", description = "a benchmark directory (ground-truth.json, html/<id>.html.gz); "
                + "default: ../shared/extraction-bench beside the project when it exists")
        Path bench;

        @Option(names = "--bench-only", description = "score the benchmark only, not the fixture web")
        boolean benchOnly;

        @Option(names = "--verbose", description = "every benchmark page's score, worst first")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            if (!benchOnly) {
                for (Path web : corpus.fixtureWebs()) {
                    System.out.println("fixture web " + web + ":");
                    System.out.print(ExtractionEvaluation.run(web));
                }
            }
            Path dir = bench != null ? bench : Environment.current().root().resolve("../shared/extraction-bench").normalize();
            if (java.nio.file.Files.isDirectory(dir)) {
                System.out.println();
                System.out.println("real-page benchmark " + dir + ":");
                System.out.print(BenchEvaluation.run(dir).toString(verbose));
            } else if (bench != null || benchOnly) {
                throw new CliException("no benchmark at " + dir);
            } else {
                System.out.println("\n(no real-page benchmark at " + dir + "; pass --bench DIR)");
            }
            return 0;
        }
    }

    @Command(name = "enrichment", description = "Crawl a fixture web as `eval extraction` does and score enrichment "
            + "against its truth: minister F1, area micro-F1 (and cross-validated), translation-link and related-link F1.")
    static final class Enrichment implements Callable<Integer> {
        @Mixin
        CorpusOption corpus = new CorpusOption();
        @Option(names = "--verbose", description = "every labelled text the shipped area model got wrong")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            System.out.print(EnrichmentEvaluation.run(corpus.dir()).toString(verbose));
            return 0;
        }
    }

    @Command(name = "relevance", description = "nDCG@10 (graded, by event) on a queries file, per language and for "
            + "cross-lingual queries, beside a standard-analyzer baseline. Indexes the fixture web into throw-away "
            + "indices of the configured cluster (the local node must run, or MINSEARCH_ES_URL be set).")
    static final class Relevance implements Callable<Integer> {
        @Mixin
        CorpusOption corpus = new CorpusOption();

        @Option(names = "--queries", description = "a queries JSONL (default: <corpus>/truth/queries.jsonl)")
        Path queries;

        @Option(names = "--verbose", description = "each query's score and ranked events")
        boolean verbose;

        @Option(names = "--questions", paramLabel = "DIR", description = "instead: natural-language questions over passages, "
                + "a set in KazQAD's form (passages.jsonl, queries.jsonl), e.g. ../shared/kazqad-dev, read in place: nDCG@10 and "
                + "recall@10 by question length beside plain BM25")
        Path questions;

        @Override
        public Integer call() throws Exception {
            Environment env = Environment.current();
            Path dir = corpus.dir();
            try (var client = env.elasticsearch().client()) {
                if (questions != null) {
                    System.out.print(kz.minsearch.search.QuestionEvaluation.run(client, questions, verbose));
                    return 0;
                }
                var report = kz.minsearch.search.RelevanceEvaluation.run(client, dir, queries != null ? queries : dir.resolve("truth/queries.jsonl"));
                System.out.print(verbose ? report : new kz.minsearch.search.RelevanceEvaluation.Report(report.scores(), java.util.List.of()));
            }
            return 0;
        }
    }

    @Command(name = "dictionary", description = "Candidate translations for the domain dictionary, mined from the "
            + "releases minsearch links on the fixture webs (terms that occur in the same releases across languages), "
            + "for a person to review before they go into domain-dictionary.tsv. Needs no Elasticsearch.")
    static final class Dictionary implements Callable<Integer> {
        @Mixin
        CorpusOption corpus = new CorpusOption();

        @Override
        public Integer call() throws Exception {
            kz.minsearch.eval.DictionaryCandidates.mine(corpus.fixtureWebs()).forEach(System.out::println);
            return 0;
        }
    }
}
