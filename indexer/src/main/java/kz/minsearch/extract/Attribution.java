package kz.minsearch.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher a saved text credits itself to ("…, сообщает Zakon.kz", "…, деп хабарлайды El.kz", "reports
 * Astana Times.kz"): for files, which carry no host, the only honest source there is.
 */
public final class Attribution {
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)(?:сообщает|передает|передаёт|пишет|хабарлайды|жазады|reports|according to)\\s+([\\p{L}\\d-]+\\.(?:kz|ru|com|org|net|info))\\b");

    private Attribution() {
    }

    public static Optional<String> sourceOf(String text) {
        Matcher m = CREDIT.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
