package kz.minsearch.enrich;

import kz.minsearch.extract.Article;
import kz.minsearch.index.Publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an extracted article into a publication: language, year, people and ministers, policy areas. */
public final class Enricher {
    private final Registry registry;
    private final PeopleFinder people;
    private final AreaClassifier areas;

    public Enricher(Registry registry) {
        this.registry = registry;
        this.people = new PeopleFinder(registry);
        this.areas = registry.addedTerms().isEmpty() ? AreaClassifier.bundled()
                : AreaClassifier.trainedOn(LabelledSet.bundled(), AreaClassifier.Settings.SHIPPED, new AreaTerms(registry.addedTerms()));
    }

    public Publication enrich(Article article) {
        String text = article.title() + "\n\n" + article.body();
        Language lang = LanguageDetector.detect(text);
        PeopleFinder.Found found = people.find(text, article.published(), lang, registry.isMinistrySource(article.source()));
        Map<String, List<String>> why = new LinkedHashMap<>();
        areas.classify(lang, article.title(), article.lead(), article.body()).forEach(m -> why.put(m.area(), m.terms()));
        return new Publication(idOf(article.url()), article.url(), article.source(), lang.code(), article.title(),
                article.lead(), article.body(), article.published(),
                article.published() == null ? null : String.valueOf(article.published().getYear()),
                found.ministers(), found.people(), List.copyOf(why.keySet()), why, hash(article.title() + "\n" + article.body()),
                List.of(), List.of());
    }

    /** A stable id: the same URL always gives the same publication, so re-imports update instead of duplicating. */
    public static String idOf(String url) {
        return hash(url).substring(0, 16);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
