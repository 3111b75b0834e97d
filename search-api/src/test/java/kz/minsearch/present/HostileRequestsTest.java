package kz.minsearch.present;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import kz.minsearch.index.ElasticsearchConfig;
import kz.minsearch.node.ElasticsearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded hostile and nonsense requests, written as raw bytes on the socket (so that broken percent-encoding and huge
 * lines reach the server as sent): none may answer 5xx, none may take 5 s, and every API answer is JSON.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class HostileRequestsTest {
    private static final String ALIAS = "test-hostile";
    private static final String SYNTAX = "\"'\\()[]{}<>:;*?~^!&|+-=/#%@`$,._ ";
    private static final String[] PARAMS = {"q", "size", "page", "from", "to", "since", "cursor", "sort", "group", "ui", "lang",
            "year", "minister", "area", "source"};

    private record Answer(String request, int status, String contentType, String body, long millis) {
    }

    @Test
    void hostileRequestsGetNo5xxNoSlowAnswerAndOnlyJson() throws Exception {
        ElasticsearchClient client = ElasticsearchConfig.of(ElasticsearchNodeExtension.url()).client();
        Javalin app = SeededApi.serve(SeededApi.seeded(client, ALIAS));
        Random random = new Random(20261203);
        List<String> problems = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int tried = 0;
        try {
            for (int i = 0; i < 600; i++) {
                String target = hostile(random, i);
                Answer a = send(app.port(), target);
                tried++;
                statuses.merge(a.status(), 1, Integer::sum);
                boolean api = target.startsWith("/api/") || target.startsWith("/feed");
                if (a.status() >= 500 && a.status() != 503) {
                    problems.add("5xx: " + a);
                } else if (a.millis() > 5_000) {
                    problems.add("slow: " + a);
                } else if (api && !target.startsWith("/feed") && !isJson(a)) {
                    problems.add("not JSON: " + a);
                }
            }
        } finally {
            app.stop();
            client.close();
        }
        System.out.printf("hostile requests: %d tried, answers by status %s, %d problems%n", tried, statuses, problems.size());
        assertTrue(statuses.containsKey(400) && statuses.containsKey(200), "both refusals and answers: " + statuses);
        assertTrue(problems.isEmpty(), problems.size() + " of " + tried + ": " + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
    }

    private static boolean isJson(Answer a) {
        if (a.status() == 304) {
            return true;
        }
        try {
            new ObjectMapper().readTree(a.body());
            return a.contentType().startsWith("application/json");
        } catch (Exception e) {
            return false;
        }
    }

    /** One hostile request target, of a kind chosen by turn. */
    private static String hostile(Random r, int i) {
        String path = switch (i % 6) {
            case 0, 1, 2 -> "/api/search";
            case 3 -> "/api/suggest";
            case 4 -> "/api/publications/" + junk(r, 1 + r.nextInt(30));
            default -> "/feed.atom";
        };
        StringBuilder query = new StringBuilder();
        switch (i % 10) {
            case 0 -> query.append("q=").append(junk(r, 7000 + r.nextInt(1200))); // 7–8 kB
            case 1 -> {
                for (int k = 0; k < 600; k++) {
                    query.append(k == 0 ? "" : "&").append("lang=kk");
                }
            }
            case 2 -> query.append("q=%E0%A4%A&size=%ZZ&page=%"); // broken percent-encoding
            case 3 -> query.append("size=").append(r.nextInt() ).append("&page=").append(r.nextLong());
            case 4 -> query.append("from=2024-13-45&to=yesterday&since=").append(junk(r, 12));
            case 5 -> query.append("cursor=").append(junk(r, 40));
            default -> {
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    query.append(k == 0 ? "" : "&").append(PARAMS[r.nextInt(PARAMS.length)]).append('=').append(junk(r, r.nextInt(60)));
                }
            }
        }
        return path + "?" + query;
    }

    /** Random Unicode and query syntax, percent-encoded as a client would (mostly) send it. */
    private static String junk(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            int kind = r.nextInt(4);
            if (kind == 0) {
                s.append(SYNTAX.charAt(r.nextInt(SYNTAX.length())));
            } else if (kind == 1) {
                s.appendCodePoint(0x400 + r.nextInt(0x100)); // Cyrillic
            } else if (kind == 2) {
                s.appendCodePoint(1 + r.nextInt(0x2FFFF));
            } else {
                s.append((char) ('a' + r.nextInt(26)));
            }
        }
        return java.net.URLEncoder.encode(s.toString(), StandardCharsets.UTF_8);
    }

    private static Answer send(int port, String target) throws Exception {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).strip()).findFirst().orElse("");
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2); // one chunk is enough to tell JSON
                int last = body.lastIndexOf("\r\n0\r\n");
                body = last < 0 ? body : body.substring(0, last);
            }
            return new Answer(target.length() > 120 ? target.substring(0, 120) + "…" : target, status, type, body,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
