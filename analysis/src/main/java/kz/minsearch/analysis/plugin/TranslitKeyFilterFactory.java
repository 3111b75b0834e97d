package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.TranslitKeyFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("minsearch_translit_key")
public final class TranslitKeyFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new TranslitKeyFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new TranslitKeyFilter(tokenStream);
    }
}
