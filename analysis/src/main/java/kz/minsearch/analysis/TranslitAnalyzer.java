package kz.minsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Names across scripts: standard tokens → {@link CyrillicNormalizationFilter} → {@link TranslitKeyFilter}. */
public final class TranslitAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new TranslitKeyFilter(new CyrillicNormalizationFilter(source));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TranslitKeyFilter(new CyrillicNormalizationFilter(in));
    }
}
