package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Replaces each lowercased Kazakh word by its {@link KazakhStemmer} readings: the first in the word's place, any
 * other at the same position (as synonyms are). Keyword-marked tokens are left alone.
 */
public final class KazakhStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KazakhStemmer stemmer;
    private final Deque<String> pending = new ArrayDeque<>();
    private State word;

    public KazakhStemFilter(TokenStream input) {
        this(input, new KazakhStemmer());
    }

    /** With a stemmer of one's own: the query side's, lenient on vowel harmony. */
    public KazakhStemFilter(TokenStream input, KazakhStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            var readings = stemmer.stems(term);
            term.setEmpty().append(readings.get(0));
            if (readings.size() > 1) {
                pending.addAll(readings.subList(1, readings.size()));
                word = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
