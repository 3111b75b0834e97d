package kz.minsearch.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The fixture web an evaluation measures on: shared by the `eval` verbs. */
final class CorpusOption {
    @Option(names = "--corpus", description = "a folder with sites/<publisher>/ and truth/ (default: the bundled corpus)")
    Path corpus;

    Path dir() {
        return corpus != null ? corpus : Environment.current().sampleCorpus();
    }

    /** The fixture webs to crawl: the one given, or the bundled corpus and its further publisher layouts. */
    java.util.List<Path> fixtureWebs() {
        return corpus != null ? java.util.List.of(corpus) : java.util.List.of(dir(), dir().resolve("layouts"));
    }
}
