package kz.minsearch.present;

import java.util.List;

/**
 * What every page shares: its interface language and words, its title, the same page in the other interface languages
 * (the switcher and {@code hreflang}), and the feed of what it shows, when there is one.
 *
 * @param query the words of the current search, kept in the header's search box
 */
public record Frame(Messages m, String title, List<Language> languages, String feed, String query) {
    /** The same page in one interface language; {@code current} for the one shown. */
    public record Language(String lang, String name, String href, boolean current) {
    }

    /** @param here the page's address; the switcher's links are it with another {@code ui} */
    public static Frame of(Messages m, String title, PageUrl here, String feed, String query) {
        List<Language> languages = Messages.LANGUAGES.stream()
                .map(l -> new Language(l, Messages.of(l).get("language.name"), here.with("ui", l).toString(), l.equals(m.lang())))
                .toList();
        return new Frame(m, title, languages, feed, query == null ? "" : query);
    }

    public String lang() {
        return m.lang();
    }

    /** A publication's language as an HTML {@code lang}: null (no attribute) for "other", which is no language tag. */
    public static String htmlLang(String lang) {
        return lang == null || lang.equals("other") ? null : lang;
    }
}
