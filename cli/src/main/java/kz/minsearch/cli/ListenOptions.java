package kz.minsearch.cli;

import picocli.CommandLine.Option;

/** Where the API listens: shared by `serve` and `up`. */
final class ListenOptions {
    @Option(names = "--port", defaultValue = "${env:MINSEARCH_PORT:-8080}", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "${env:MINSEARCH_HOST:-127.0.0.1}", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;
}
