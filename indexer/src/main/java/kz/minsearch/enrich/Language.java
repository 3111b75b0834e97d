package kz.minsearch.enrich;

import kz.minsearch.analysis.EnglishAnalyzer;
import kz.minsearch.analysis.KazakhAnalyzer;
import kz.minsearch.analysis.RussianAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.List;

import java.util.Locale;

/**
 * The languages of publications, each with the analyzer its index fields use: the three minsearch analyzes, and
 * {@code OTHER} for regional news in any other language (indexed with a plain word analyzer, never stemmed as one of
 * the three).
 */
public enum Language {
    KK(new KazakhAnalyzer()), RU(new RussianAnalyzer()), EN(new EnglishAnalyzer()),
    OTHER(new StandardAnalyzer(CharArraySet.EMPTY_SET));

    /** The languages with analyzers, area terms and a domain dictionary of their own. */
    public static final List<Language> ANALYZED = List.of(KK, RU, EN);
    /** Their codes: the languages a publisher's name, a label or the interface is given in. */
    public static final List<String> CODES = ANALYZED.stream().map(Language::code).toList();

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
