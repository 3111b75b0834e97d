package kz.minsearch.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;

/** Replaces each token by its {@link TranslitKey}. */
public final class TranslitKeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] key = new char[64];

    public TranslitKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        key = ArrayUtil.grow(key, TranslitKey.MAX_GROWTH * term.length());
        term.copyBuffer(key, 0, TranslitKey.of(term.buffer(), term.length(), key));
        return true;
    }
}
