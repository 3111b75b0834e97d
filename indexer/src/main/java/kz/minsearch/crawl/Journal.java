package kz.minsearch.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of JSON lines, each append forced to the disk before it returns: what must outlive the process
 * while Elasticsearch is out of reach. A line torn by a crash (no newline yet) is cut off when the journal is opened,
 * so the next append starts clean; nothing before it is ever rewritten.
 */
final class Journal {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    private Journal(Path file) {
        this.file = file;
    }

    /** Opens the journal at {@code file}, cutting off a torn last line. */
    static Journal open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long end = channel.size();
                long whole = end;
                ByteBuffer one = ByteBuffer.allocate(1);
                while (whole > 0) {
                    one.clear();
                    channel.read(one, whole - 1);
                    if (one.get(0) == '\n') {
                        break;
                    }
                    whole--;
                }
                if (whole < end) {
                    log.warn("event=journal_torn_line file={} bytes={}", file, end - whole);
                    channel.truncate(whole);
                    channel.force(true);
                }
            }
        }
        return new Journal(file);
    }

    /** The records in the order they were appended. */
    List<JsonNode> read() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    void append(List<?> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (Object record : records) {
            lines.write(JSON.writeValueAsBytes(record));
            lines.write('\n');
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    boolean isEmpty() {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Everything in it has reached the store: it starts empty. */
    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    Path file() {
        return file;
    }
}
