package kz.minsearch.enrich;

import kz.minsearch.analysis.EnglishAnalyzer;
import kz.minsearch.analysis.KazakhAnalyzer;
import kz.minsearch.analysis.RussianAnalyzer;
import org.apache.lucene.analysis.Analyzer;

import java.util.Locale;

/** The three languages minsearch indexes, each with the analyzer its index fields use. */
public enum Language {
    KK(new KazakhAnalyzer()), RU(new RussianAnalyzer()), EN(new EnglishAnalyzer());

    private final Analyzer analyzer;

    Language(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public static Language of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
