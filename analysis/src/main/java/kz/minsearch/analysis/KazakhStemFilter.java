package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/** Replaces each lowercased Kazakh word by its {@link KazakhStemmer} stem; keyword-marked tokens are left alone. */
public final class KazakhStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final KazakhStemmer stemmer = new KazakhStemmer();

    public KazakhStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = stemmer.stem(term);
            if (!stem.contentEquals(term)) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }
}
