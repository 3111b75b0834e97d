package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.KazakhAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

@NamedComponent("minsearch_kk_broad")
public final class KazakhBroadAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return KazakhAnalyzer.broad();
    }
}
