package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.TranslitAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

@NamedComponent("minsearch_translit")
public final class TranslitAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new TranslitAnalyzer();
    }
}
