package kz.minsearch.present;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import kz.minsearch.enrich.Language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every word of the interface in one language: a bundle per language ({@code messages_kk|ru|en.properties}), read
 * with ICU so that counts take their language's plural forms ("1 жарияланым", "5 публикаций", "1 publication").
 */
public final class Messages {
    /** The interface languages, in the order the switcher shows them. */
    public static final List<String> LANGUAGES = Language.CODES;
    private static final String DEFAULT = "en";
    private static final Map<String, Messages> BY_LANGUAGE = new LinkedHashMap<>();

    static {
        LANGUAGES.forEach(l -> BY_LANGUAGE.put(l, new Messages(l)));
    }

    private final String lang;
    private final ULocale locale;
    private final Map<String, String> patterns = new LinkedHashMap<>();

    private Messages(String lang) {
        this.lang = lang;
        this.locale = new ULocale(lang);
        // no fallback to another language's bundle: a missing key is a build error found by the bundle test
        ResourceBundle bundle = ResourceBundle.getBundle("kz.minsearch.present.messages", Locale.of(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        bundle.keySet().forEach(k -> patterns.put(k, bundle.getString(k)));
    }

    public static Messages of(String lang) {
        Messages m = BY_LANGUAGE.get(lang);
        if (m == null) {
            throw new IllegalArgumentException("no interface in '" + lang + "'");
        }
        return m;
    }

    /**
     * The interface language: {@code ui} when it names one, else the best of the browser's {@code Accept-Language},
     * else English.
     */
    public static Messages chosen(String ui, String acceptLanguage) {
        if (ui != null && BY_LANGUAGE.containsKey(ui)) {
            return BY_LANGUAGE.get(ui);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (best != null) {
                    return BY_LANGUAGE.get(best);
                }
            } catch (IllegalArgumentException e) {
                // an unreadable header chooses nothing
            }
        }
        return BY_LANGUAGE.get(DEFAULT);
    }

    public String lang() {
        return lang;
    }

    /** The message {@code key}, its arguments put in ({0}, {1}; {@code plural} forms by the language's rules). */
    public String get(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + lang);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(patterns.keySet());
    }
}
