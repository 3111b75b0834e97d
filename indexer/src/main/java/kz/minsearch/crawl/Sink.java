package kz.minsearch.crawl;

import kz.minsearch.index.Publication;

import java.io.IOException;

/** Where the crawler's publications go: the index, or (for evaluation) a list. */
public interface Sink extends java.io.Flushable {
    void accept(Publication publication) throws IOException;

    /** What a publisher calls itself on its pages (its {@code og:site_name}); kept where it is shown, or ignored. */
    default void sourceNamed(String source, String name) {
    }

    /** Delivers what is buffered; may fail, and then must keep what it could not deliver. */
    void flush() throws IOException;
}
