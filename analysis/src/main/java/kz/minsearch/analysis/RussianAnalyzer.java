package kz.minsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian: standard tokens → {@link CyrillicNormalizationFilter} (ё as е, Latin look-alikes) → lowercase → Lucene's
 * Russian stopwords → Snowball Russian.
 */
public final class RussianAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CyrillicNormalizationFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
        result = new SnowballFilter(result, new RussianStemmer());
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CyrillicNormalizationFilter(in));
    }
}
