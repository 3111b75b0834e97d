package kz.minsearch.cli;

import picocli.CommandLine.Option;

/** Where the API listens: shared by `serve` and `up`. */
final class ListenOptions {
    @Option(names = "--port", defaultValue = "${env:MINSEARCH_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "${env:MINSEARCH_HOST:-127.0.0.1}", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--warm-up", defaultValue = "${env:MINSEARCH_WARM_UP:-5s}", description = "how long the API searches on its own "
            + "before it listens, so its first users don't wait for the JIT (0s: not at all; default ${DEFAULT-VALUE})")
    String warmUp;

    java.time.Duration warmUp() {
        return DurationFlag.parse("--warm-up", warmUp);
    }
}
