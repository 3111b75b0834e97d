package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.KazakhStemFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("minsearch_kazakh_stem")
public final class KazakhStemFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new KazakhStemFilter(tokenStream);
    }
}
