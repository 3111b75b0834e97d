package kz.minsearch.enrich;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the names of state bodies, titles, attributions and venues before a text is read for its policy areas: "Ministry
 * of Culture and Information", "Мәдениет және ақпарат министрлігі", "Комитет информации", "Дін істері комитеті",
 * "Minister of Energy", "the akimat's press service", "Kazinform news agency", a platform's or programme's quoted
 * name. They say who speaks, not what about: the ministry's name is on every one of its releases, whatever their
 * subject, and "information" in "Committee of Information" is no evidence of media policy.
 */
final class InstitutionNames {
    private static final String BODY_EN = "(?:Ministry|Ministries|Committee|Department|Agency|Minister|Ministers|Vice[- ]Minister)";
    private static final String CAPITALIZED_CHAIN = "(?:\\s+(?:the\\s+|and\\s+|&\\s+|,\\s*)?\\p{Lu}[\\p{L}-]*)*";
    /** A word of a name in English, not the preposition that ends it ("the drama theatre | in Oral"). */
    private static final String EN_WORD = "(?!(?:in|at|on|for|with|to|and|from)\\b)[\\p{L}'’-]+";
    private static final String GENITIVE = "(?:по|делам|и|РК|Республики|Казахстан|[\\p{L}-]+(?:ого|его|ой|ей|ых|их|ии|ия|ств|ов|ы|а|и|я))";

    private static final Map<Language, List<Pattern>> NAMES = Map.of(
            Language.EN, List.of(
                    Pattern.compile("(?u)\\b" + BODY_EN + "\\s+(?:of|for|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*" + CAPITALIZED_CHAIN),
                    Pattern.compile("(?u)(?:\\b\\p{Lu}[\\p{L}-]*\\s+(?:and\\s+)?){1,4}" + BODY_EN + "\\b"),
                    Pattern.compile("(?iu)\\b(?:[\\p{L}'’-]+\\s+){0,2}(?:department|press service|press office|news agency|information agency)\\b")),
            Language.RU, List.of(
                    Pattern.compile("(?iu)(?<!\\p{L})(?:министерств|комитет|управлени|департамент|агентств|министр|вице-министр|пресс-служб)\\p{L}*"
                            + "(?:\\s+" + GENITIVE + "(?<!ла|ли|ло)(?!\\p{L})){1,7}"),
                    Pattern.compile("(?iu)(?<!\\p{L})(?:информационн\\p{L}*\\s+агентств\\p{L}*|пресс-центр\\p{L}*)")),
            Language.KK, List.of(
                    Pattern.compile("(?u)(?<!\\p{L})\\p{Lu}[\\p{L}-]*(?:,?\\s+\\p{Ll}[\\p{L}-]*){0,6}?\\s+"
                            + "(?:министрлі|министрі|комитет|басқарма|агенттіг|департамент)\\p{L}*"),
                    Pattern.compile("(?iu)(?<!\\p{L})(?:\\p{L}+\\s+)?(?:басқарма|бөлім)\\p{L}*"),
                    Pattern.compile("(?iu)(?<!\\p{L})(?:баспасөз\\s+қызмет\\p{L}*|ақпарат\\s+агенттіг\\p{L}*|баспасөз\\s+орталығ\\p{L}*)")));

    /**
     * A building named as the venue of something else: "in the hall of the drama theatre", "в зале драматического
     * театра", "драма театрының залында". Where a forum sat says nothing of what it was about (the labelling rules:
     * a library or a theatre only as a venue is not culture).
     */
    private static final Map<Language, Pattern> VENUES = Map.of(
            Language.EN, Pattern.compile("(?iu)\\b(?:in|at|inside)\\s+the\\s+(?:main\\s+|small\\s+|big\\s+)?(?:hall|halls|building|foyer|"
                    + "courtyard|premises|lobby|conference hall|assembly hall)\\s+of\\s+(?:the\\s+)?(?:" + EN_WORD + "\\s+){0,2}" + EN_WORD),
            Language.RU, Pattern.compile("(?iu)(?<!\\p{L})(?:в|во|на)\\s+(?:(?:большом|малом|главном|конференц-)\\s*)?(?:зале|залах|здании|"
                    + "фойе|помещении|дворе|холле)(?:\\s+" + GENITIVE + "(?<!ла|ли|ло)(?!\\p{L})){1,3}"),
            Language.KK, Pattern.compile("(?iu)(?<!\\p{L})(?:[\\p{L}-]+\\s+)?[\\p{L}-]+\\s+(?:залында|залдарында|ғимаратында|фойесінде|"
                    + "ауласында|үй-жайында)(?!\\p{L})"));

    /** A quoted name after or before the word for what it names: платформа «…», «…» бағдарламасы, the "…" app. */
    private static final Pattern QUOTED_NAME = Pattern.compile("(?iu)(?:(?:платформ|программ|проект|портал|приложени|бағдарлама|жоба|"
            + "қосымша|platform|programme|program|project|portal|app)\\p{L}*\\s+[«\"“][^»\"”]{1,60}[»\"”])"
            + "|(?:[«\"“][^»\"”]{1,60}[»\"”]\\s+(?:платформа|бағдарлама|жоба|портал|қосымша|platform|programme|program|project|portal|app)\\p{L}*)");

    private InstitutionNames() {
    }

    /** The text with those names replaced by spaces (offsets stay those of the text). */
    static String blankedOut(String text, Language lang) {
        List<Pattern> patterns = NAMES.get(lang);
        if (patterns == null || text.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Pattern p : patterns) {
            blank(p.matcher(text), out);
        }
        blank(QUOTED_NAME.matcher(text), out);
        blank(VENUES.get(lang).matcher(text), out);
        return new String(out);
    }

    private static void blank(Matcher m, char[] out) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        }
    }
}
