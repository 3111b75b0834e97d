package kz.minsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Kazakh: standard tokens → {@link CyrillicNormalizationFilter} → lowercase → Kazakh stopwords → {@link KazakhStemFilter}.
 * The {@link #forQueries() query side} strips endings that break vowel harmony too, as loan words are often written
 * with them (волонтерлар for волонтерлер), so that such a query still meets the indexed stem. The {@link #broad()
 * broad} analyzers also strip derivational suffixes ({@link KazakhStemmer#withDerivations}), for questions.
 */
public final class KazakhAnalyzer extends Analyzer {
    private static final CharArraySet STOPWORDS = loadStopwords();
    private final boolean lenientHarmony;
    private final boolean derivations;

    public KazakhAnalyzer() {
        this(false, false);
    }

    private KazakhAnalyzer(boolean lenientHarmony, boolean derivations) {
        this.lenientHarmony = lenientHarmony;
        this.derivations = derivations;
    }

    /** The analyzer for queries against the Kazakh fields ({@code minsearch_kk_search}). */
    public static KazakhAnalyzer forQueries() {
        return new KazakhAnalyzer(true, false);
    }

    /** The analyzer of the Kazakh fields' {@code broad} sub-fields ({@code minsearch_kk_broad}). */
    public static KazakhAnalyzer broad() {
        return new KazakhAnalyzer(false, true);
    }

    /** The analyzer for queries against the {@code broad} sub-fields ({@code minsearch_kk_broad_search}). */
    public static KazakhAnalyzer broadForQueries() {
        return new KazakhAnalyzer(true, true);
    }

    public static CharArraySet stopwords() {
        return STOPWORDS;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CyrillicNormalizationFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOPWORDS);
        result = new KazakhStemFilter(result, derivations ? KazakhStemmer.withDerivations(lenientHarmony) : new KazakhStemmer(lenientHarmony));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CyrillicNormalizationFilter(in));
    }

    private static CharArraySet loadStopwords() {
        try (Reader reader = new InputStreamReader(
                KazakhAnalyzer.class.getResourceAsStream("kazakh-stopwords.txt"), StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("kazakh-stopwords.txt is missing from the plugin jar", e);
        }
    }
}
