package kz.minsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Token-level assertions in the manner of Lucene's BaseTokenStreamTestCase, for JUnit 5. */
final class TokenAssert {
    private TokenAssert() {
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one filter alone over whitespace-separated input, so the filter is tested without the rest of a chain. */
    static List<String> filtered(Function<TokenStream, TokenStream> filter, String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = filter.apply(tokenizer)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertAnalyzesTo(Analyzer analyzer, String text, String... expected) {
        assertEquals(List.of(expected), tokens(analyzer, text), () -> "tokens of «" + text + "»");
    }

    static void assertFiltersTo(Function<TokenStream, TokenStream> filter, String text, String... expected) {
        assertEquals(List.of(expected), filtered(filter, text), () -> "tokens of «" + text + "»");
    }

    private static List<String> drain(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term.toString());
        }
        stream.end();
        return out;
    }
}
