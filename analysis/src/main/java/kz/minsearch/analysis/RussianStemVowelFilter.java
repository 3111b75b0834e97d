package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * A stem whose last letter is е, after the light stemmer, loses it: музей, ассамблея and юбилей end their stems in
 * that vowel, and the light stemmer takes it with some endings (музей → муз, ассамблея → ассамбл) and leaves it with
 * others (музеи → музе, ассамблеи → ассамбле), so a word's forms fell into two stems and «Ассамблея народа
 * Казахстана» did not find «Ассамблеи народа Казахстана». Stems of three letters keep it (иде is all of идея's).
 * Keyword-marked tokens are left alone.
 */
public final class RussianStemVowelFilter extends TokenFilter {
    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public RussianStemVowelFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= MIN_LENGTH && term.buffer()[length - 1] == 'е') {
            term.setLength(length - 1);
        }
        return true;
    }
}
