package kz.minsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Russian: standard tokens → {@link CyrillicNormalizationFilter} (ё as е, Latin look-alikes) → lowercase → Lucene's
 * Russian stopwords → Lucene's light Russian stemmer → {@link RussianFleetingVowelFilter} (выставок, выставка). Light,
 * not Snowball, by the numbers of {@code ./minsearch eval analysis}: as good on inflections, and it keeps закон and
 * законность apart.
 */
public final class RussianAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CyrillicNormalizationFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
        result = new RussianLightStemFilter(result);
        result = new RussianFleetingVowelFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CyrillicNormalizationFilter(in));
    }
}
