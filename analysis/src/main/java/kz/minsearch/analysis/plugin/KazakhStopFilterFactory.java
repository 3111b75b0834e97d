package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.KazakhAnalyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("minsearch_kazakh_stop")
public final class KazakhStopFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, KazakhAnalyzer.stopwords());
    }
}
