package kz.minsearch.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A site on 127.0.0.1 that fails in every way the web does, for the fault tests. */
public final class FaultyWeb implements AutoCloseable {
    static final String ARTICLE = "<html><head><title>%s</title></head><body><h1>%s</h1><div class=\"date\">17.02.2026 14:05</div>"
            + "<div class=\"text\"><p>%s</p><p>Екінші абзац: министрлік жаңа бағдарламаны таныстырды, жиынға "
            + "жастар ұйымдарының өкілдері қатысты.</p></div></body></html>";
    private final HttpServer server;
    public final AtomicInteger flakyCalls = new AtomicInteger();

    public FaultyWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public static String article(String title, String text) {
        return String.format(ARTICLE, title, title, text);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
                case "/listing.html" -> send(ex, 200, "text/html; charset=utf-8", ("<html><body><ul>"
                        + links("/ok.html", "/500", "/flaky", "/slow", "/truncated", "/loop-a", "/huge", "/binary",
                        "/cp1251", "/meta-charset", "/private/secret.html", "/missing.html", "/offhost")
                        + "</ul></body></html>").getBytes(StandardCharsets.UTF_8));
                case "/ok.html" -> send(ex, 200, "text/html; charset=utf-8",
                        article("Жарамды бет", "Министр Аида Балаева мәдениет саласының жаңа бағыттарын атап өтті және жиынды ашты.").getBytes(StandardCharsets.UTF_8));
                case "/500" -> send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
                case "/flaky" -> {
                    if (flakyCalls.incrementAndGet() == 1) {
                        send(ex, 503, "text/plain", "try later".getBytes(StandardCharsets.UTF_8));
                    } else {
                        send(ex, 200, "text/html; charset=utf-8", article("Екінші әрекет", "Бұл бет екінші сұраудан кейін ашылды және ол толық мақала болып табылады.").getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/slow" -> {
                    sleep(3000);
                    send(ex, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8));
                }
                case "/truncated" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 10_000);
                    OutputStream out = ex.getResponseBody();
                    out.write("<html><body><p>cut".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    ex.getHttpContext().getServer(); // the exchange closes with the body short of its length
                }
                case "/loop-a" -> redirect(ex, "/loop-b");
                case "/loop-b" -> redirect(ex, "/loop-a");
                case "/offhost" -> redirect(ex, "http://127.0.0.2:9/elsewhere");
                case "/huge" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
                    byte[] chunk = "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (long sent = 0; sent < 20L * 1024 * 1024; sent += chunk.length) {
                            out.write(chunk);
                        }
                    } catch (IOException clientGaveUp) {
                        // the fetcher stops reading at its limit
                    }
                }
                case "/binary" -> send(ex, 200, "application/octet-stream", new byte[]{0, 1, 2, 3, (byte) 0xFF});
                case "/cp1251" -> send(ex, 200, "text/html; charset=windows-1251",
                        article("Министерство культуры", "Министр культуры и информации Аида Балаева провела заседание коллегии министерства.").getBytes(Charset.forName("windows-1251")));
                case "/meta-charset" -> send(ex, 200, "text/html",
                        article("Коллегия министерства", "Заседание коллегии министерства культуры прошло в Астане, сообщает пресс-служба.")
                                .replace("<head>", "<head><meta charset=\"windows-1251\">").getBytes(Charset.forName("windows-1251")));
                default -> send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String links(String... paths) {
        StringBuilder out = new StringBuilder();
        for (String p : paths) {
            out.append("<li><a href=\"").append(p).append("\">").append(p).append("</a></li>");
        }
        return out.toString();
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
