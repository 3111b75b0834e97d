package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;

/**
 * Replaces each lowercased Kazakh word by its {@link KazakhStemmer} readings: the first in the word's place, any
 * other at the same position (as synonyms are). Keyword-marked tokens are left alone. The first reading is made in
 * the term's own buffer; a word's letters are copied aside only when it has more readings to give.
 */
public final class KazakhStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KazakhStemmer stemmer;
    private final int[] readings = new int[KazakhStemmer.MAX_READINGS];
    private int readingCount;
    private int nextReading;
    private char[] word = new char[16];
    private State wordState;

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
        if (nextReading < readingCount) {
            restoreState(wordState);
            write(word, readings[nextReading++]);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            readingCount = stemmer.stems(term.buffer(), term.length(), readings);
            nextReading = 1;
            if (readingCount > 1) {
                word = ArrayUtil.grow(word, term.length());
                System.arraycopy(term.buffer(), 0, word, 0, term.length());
            }
            write(term.buffer(), readings[0]);
            if (readingCount > 1) {
                wordState = captureState();
            }
        }
        return true;
    }

    /** The term becomes a reading: a prefix of the word's letters, its last letter as the stemmer says. */
    private void write(char[] letters, int reading) {
        int length = KazakhStemmer.lengthOf(reading);
        if (letters != term.buffer()) {
            term.copyBuffer(letters, 0, length);
        }
        term.setLength(length);
        if (length > 0) {
            term.buffer()[length - 1] = KazakhStemmer.lastOf(reading);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readingCount = 0;
        nextReading = 0;
        wordState = null;
    }
}
