package kz.minsearch.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Serves a folder as the root of a web site on 127.0.0.1 (its own port), the way a plain static server does: files
 * with their content type and Last-Modified (answering If-Modified-Since with 304), a folder as its
 * {@code index.html} or else as a link listing. A page that varies by query string is the file named
 * {@code <name>@<query>.<ext>} ({@code /news/?page=2} is {@code news/index@page=2.html}); without one, the query is
 * ignored, as static servers do. The demo and the tests serve the fixture webs with it; nothing else about a site is
 * assumed.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "php", "text/html; charset=utf-8", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8", "json", "application/json");

    private final Path root;
    private final HttpServer server;

    private StaticSite(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    public static StaticSite serve(Path root) throws IOException {
        return serve(root, 0);
    }

    /** Serves on the given port (0: any free one). */
    public static StaticSite serve(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticSite site = new StaticSite(root.toAbsolutePath().normalize(), server);
        server.createContext("/", site::handle);
        server.start();
        return site;
    }

    /** The served folder's name (a fixture publisher's name). */
    public String name() {
        return root.getFileName().toString();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("index.html"))) {
                file = file.resolve("index.html");
            }
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && !Files.isDirectory(file)) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path variant = file.resolveSibling(dot < 0 ? name + "@" + query : name.substring(0, dot) + "@" + query + name.substring(dot)).normalize();
                if (Files.isRegularFile(variant)) {
                    file = variant;
                }
            }
            if (!file.startsWith(root) || !Files.exists(file)) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                send(exchange, 200, TYPES.get("html"), listing(file, path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC).withNano(0));
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static String listing(Path dir, String path) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Index of ")
                .append(path).append("</title></head><body><ul>");
        try (Stream<Path> children = Files.list(dir)) {
            children.sorted().forEach(c -> {
                String name = c.getFileName().toString() + (Files.isDirectory(c) ? "/" : "");
                html.append("<li><a href=\"").append(name).append("\">").append(name).append("</a></li>");
            });
        }
        return html.append("</ul></body></html>").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
