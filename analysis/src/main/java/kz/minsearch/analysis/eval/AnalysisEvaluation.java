package kz.minsearch.analysis.eval;

import kz.minsearch.analysis.CyrillicNormalizationFilter;
import kz.minsearch.analysis.EnglishAnalyzer;
import kz.minsearch.analysis.KazakhAnalyzer;
import kz.minsearch.analysis.RussianAnalyzer;
import kz.minsearch.analysis.TranslitAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the analyzers on word families (inflected forms that must conflate) and distinct pairs (words that must
 * not), in each language, beside Elasticsearch's {@code standard} analyzer as the baseline and beside the stemmer we
 * did not choose, so the choice is made by the numbers.
 *
 * <p>Conflation recall: of all pairs of forms within a family, the share that analyze to the same tokens.
 * Distinctness: of the distinct pairs, the share that analyze to different tokens.
 */
public final class AnalysisEvaluation {

    public record Score(String lang, String analyzer, int families, int familyPairs, double recall, int distinctPairs,
                        double distinctness, List<String> misses) {
    }

    /** Every language's candidates; the first of each language is the one the index uses. */
    public static Map<String, Map<String, Analyzer>> candidates() {
        Map<String, Map<String, Analyzer>> all = new LinkedHashMap<>();
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        all.put("kk", ordered("minsearch_kk", new KazakhAnalyzer(), "standard (baseline)", standard));
        all.put("ru", ordered("minsearch_ru (light)", new RussianAnalyzer(),
                "Snowball Russian", new RussianSnowball(), "standard (baseline)", standard));
        all.put("en", ordered("minsearch_en (KStem)", new EnglishAnalyzer(),
                "Porter", new EnglishPorter(), "standard (baseline)", standard));
        return all;
    }

    private static Map<String, Analyzer> ordered(Object... nameThenAnalyzer) {
        Map<String, Analyzer> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenAnalyzer.length; i += 2) {
            m.put((String) nameThenAnalyzer[i], (Analyzer) nameThenAnalyzer[i + 1]);
        }
        return m;
    }

    public static List<Score> run() {
        List<Score> scores = new ArrayList<>();
        candidates().forEach((lang, analyzers) -> {
            List<List<String>> families = read(lang + "-families.txt");
            List<List<String>> distinct = read(lang + "-distinct.txt");
            analyzers.forEach((name, analyzer) -> scores.add(score(lang, name, analyzer, families, distinct)));
        });
        return scores;
    }

    static Score score(String lang, String name, Analyzer analyzer, List<List<String>> families, List<List<String>> distinct) {
        int pairs = 0;
        int conflated = 0;
        List<String> misses = new ArrayList<>();
        for (List<String> family : families) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    pairs++;
                    List<String> a = tokens(analyzer, family.get(i));
                    List<String> b = tokens(analyzer, family.get(j));
                    if (meet(a, b)) {
                        conflated++;
                    } else {
                        misses.add(family.get(i) + "→" + a + " ≠ " + family.get(j) + "→" + b);
                    }
                }
            }
        }
        int kept = 0;
        for (List<String> pair : distinct) {
            if (!meet(tokens(analyzer, pair.get(0)), tokens(analyzer, pair.get(1)))) {
                kept++;
            } else {
                misses.add(pair.get(0) + " = " + pair.get(1) + " (must differ)");
            }
        }
        return new Score(lang, name, families.size(), pairs, (double) conflated / pairs, distinct.size(),
                (double) kept / distinct.size(), misses);
    }

    /** Recall and distinctness in one number (their harmonic mean): how the stemmers are chosen. */
    public static double balance(Score s) {
        return s.recall() + s.distinctness() == 0 ? 0 : 2 * s.recall() * s.distinctness() / (s.recall() + s.distinctness());
    }

    /** Two single words meet when a query for one finds the other: they share a token (a stem or a reading). */
    static boolean meet(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The word families of one language, as the evaluation reads them. */
    public static List<List<String>> families(String lang) {
        return read(lang + "-families.txt");
    }

    static List<List<String>> read(String resource) {
        List<List<String>> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AnalysisEvaluation.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(List.of(line.split("\\s+")));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("evaluation data " + resource + " is missing", e);
        }
        return lines;
    }

    /** The report {@code ./minsearch eval analysis} prints. */
    public static String report(List<Score> scores, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-4s %-26s %9s %6s %8s %8s %12s %8s%n", "lang", "analyzer", "families", "pairs", "recall",
                "distinct", "distinctness", "balance"));
        for (Score s : scores) {
            out.append(String.format("%-4s %-26s %9d %6d %8.3f %8d %12.3f %8.3f%n", s.lang(), s.analyzer(), s.families(),
                    s.familyPairs(), s.recall(), s.distinctPairs(), s.distinctness(), balance(s)));
            if (verbose) {
                s.misses().forEach(m -> out.append("       miss: ").append(m).append('\n'));
            }
        }
        return out.toString();
    }

    /**
     * Tokens a second each analyzer makes on one thread, over its language's evaluation words run together as text
     * (after a warm-up of the same length), as analysis runs for every token of every document indexed.
     */
    public static String speedReport(Duration each) {
        StringBuilder out = new StringBuilder(String.format("%-4s %-26s %14s%n", "lang", "analyzer", "tokens/s"));
        StringBuilder all = new StringBuilder();
        candidates().forEach((lang, analyzers) -> {
            StringBuilder text = new StringBuilder();
            for (String file : List.of(lang + "-families.txt", lang + "-distinct.txt")) {
                read(file).forEach(words -> text.append(String.join(" ", words)).append(' '));
            }
            all.append(text);
            analyzers.forEach((name, analyzer) -> out.append(speedLine(lang, name, analyzer, text.toString(), each)));
        });
        // every word of every text field is copied to the names field
        return out.append(speedLine("all", "minsearch_translit (names)", new TranslitAnalyzer(), all.toString(), each)).toString();
    }

    private static String speedLine(String lang, String name, Analyzer analyzer, String text, Duration each) {
        tokensPerSecond(analyzer, text, each);
        return String.format("%-4s %-26s %,14.0f%n", lang, name, tokensPerSecond(analyzer, text, each));
    }

    private static double tokensPerSecond(Analyzer analyzer, String text, Duration duration) {
        long tokens = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            try (TokenStream stream = analyzer.tokenStream("f", text)) {
                stream.reset();
                while (stream.incrementToken()) {
                    tokens++;
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens / ((System.nanoTime() - start) / 1e9);
    }

    /** Russian with Snowball instead of the light stemmer: the alternative we measure against. */
    private static final class RussianSnowball extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new CyrillicNormalizationFilter(source));
            result = new StopFilter(result, org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(source, new SnowballFilter(result, new RussianStemmer()));
        }
    }

    /** English with Porter instead of KStem: the alternative we measure against. */
    private static final class EnglishPorter extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new EnglishPossessiveFilter(source));
            result = new StopFilter(result, org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }
    }

    public static void main(String[] args) {
        System.out.print(report(run(), args.length > 0 && args[0].equals("--verbose")));
    }
}
