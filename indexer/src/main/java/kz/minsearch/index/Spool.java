package kz.minsearch.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publications set aside on disk until their turn comes: an import sorts what it read by date before it links and
 * writes, and keeps only where each one lies and when it was published, not its text (some 10 KB each: a million would
 * not fit in the heap). The file is deleted when the spool closes; on Linux it is unlinked as soon as it is open, so
 * a killed import leaves nothing behind either.
 */
final class Spool implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    /** Where a publication lies in the spool, and its date to sort by ({@link Long#MAX_VALUE}: undated, last). */
    record Entry(long published, long offset, int length) {
    }

    private final FileChannel channel;
    private long end;

    Spool(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "import-", ".spool");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    Entry add(Publication publication) throws IOException {
        byte[] document = JSON.writeValueAsBytes(publication.toDocument());
        long offset = end;
        ByteBuffer buffer = ByteBuffer.wrap(document);
        while (buffer.hasRemaining()) {
            end += channel.write(buffer, end);
        }
        long published = publication.published() == null ? Long.MAX_VALUE : publication.published().toInstant().toEpochMilli();
        return new Entry(published, offset, document.length);
    }

    List<Publication> read(List<Entry> entries) throws IOException {
        List<Publication> out = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            ByteBuffer buffer = ByteBuffer.allocate(entry.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, entry.offset() + buffer.position()) < 0) {
                    throw new EOFException("the import's spool ended before a publication it holds");
                }
            }
            out.add(Publication.fromDocument(JSON.readValue(buffer.array(), DOCUMENT)));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
