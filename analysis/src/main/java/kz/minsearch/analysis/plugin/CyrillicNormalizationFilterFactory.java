package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.CyrillicNormalizationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("minsearch_cyrillic_normalization")
public final class CyrillicNormalizationFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CyrillicNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new CyrillicNormalizationFilter(tokenStream);
    }
}
