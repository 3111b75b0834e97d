package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Russian's fleeting vowel, after the light stemmer: выставок is выставка's, танца танец's, ребёнка ребёнок's. A
 * stem ending in a consonant, о or е, and к or ц drops the vowel, so a word has one stem in every form (выставк,
 * танц, ребенк); the light stemmer leaves these pairs apart because the vowel sits inside the stem, not in an ending.
 * Only к and ц: the vowel before л, н or в (посол, день, церковь) is as often no fleeting vowel at all, and after
 * dropping it посол would be после. Keyword-marked tokens are left alone.
 */
public final class RussianFleetingVowelFilter extends TokenFilter {
    /** Shorter stems (сок, век) are whole words whose vowel never goes. */
    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public RussianFleetingVowelFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stem(term.buffer(), term.length()));
        }
        return true;
    }

    /** The stem of {@code s[0..length)} without its fleeting vowel, in place; its new length. */
    static int stem(char[] s, int length) {
        if (length < MIN_LENGTH) {
            return length;
        }
        char last = s[length - 1];
        char vowel = s[length - 2];
        if ((last == 'к' || last == 'ц') && (vowel == 'о' || vowel == 'е') && isConsonant(s[length - 3])) {
            s[length - 2] = last;
            return length - 1;
        }
        return length;
    }

    /** A consonant that can stand before a fleeting vowel (not й: боец is бойца). */
    private static boolean isConsonant(char c) {
        return switch (c) {
            case 'б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'щ' -> true;
            default -> false;
        };
    }
}
