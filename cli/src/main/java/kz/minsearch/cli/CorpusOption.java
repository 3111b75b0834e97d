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
}
