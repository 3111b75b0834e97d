package kz.minsearch.analysis.plugin;

import kz.minsearch.analysis.RussianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

@NamedComponent("minsearch_ru")
public final class RussianAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new RussianAnalyzer();
    }
}
