package kz.minsearch.enrich;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A text as an index analyzer sees it: at each position the tokens it gives (a Kazakh form may have several
 * readings). Terms and phrases are matched against it the way the index would match them.
 */
public record AnalyzedText(List<Set<String>> positions) {

    public static AnalyzedText of(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new LinkedHashSet<>());
                }
                out.get(out.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(out);
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /** Whether the phrase occurs starting at position {@code i}. */
    public boolean hasAt(int i, AnalyzedText phrase) {
        List<Set<String>> p = phrase.positions();
        if (i + p.size() > positions.size()) {
            return false;
        }
        for (int j = 0; j < p.size(); j++) {
            if (Collections.disjoint(positions.get(i + j), p.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The first reading at each position, joined: how a matched term is shown. */
    public String primary() {
        return String.join(" ", positions.stream().map(r -> r.iterator().next()).toList());
    }
}
