package kz.minsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a question that ask rather than say: question words, particles and the function words around them
 * ("Мемлекеттік жастар саясаты туралы заңға <i>қандай</i> өзгерістер енгізілді<i>?</i>", "<i>Сколько</i> НПО получили
 * гранты <i>в</i> 2024 году?", "<i>What did the</i> ministry say <i>about</i> AI <i>in</i> newsrooms?"). They are left out
 * of what a publication must contain — at query time only: the index keeps every word, so phrases still match.
 */
final class QuestionWords {
    private static final Set<String> WORDS = Set.of(
            // kk: question words and particles, postpositions and conjunctions that questions are built with
            "қандай", "қанша", "неше", "нешінші", "кім", "кімнің", "кімге", "кімді", "не", "нені", "неге", "ненің", "қай", "қайда",
            "қайдан", "қайсы", "қайсысы", "қашан", "қалай", "қалайша", "неліктен", "несі", "ма", "ме", "ба", "бе", "па", "пе",
            "ше", "дегеніміз", "дегеніміз-не", "деген", "деп", "және", "мен", "бен", "пен", "немесе", "үшін", "туралы", "бойынша",
            "арқылы", "сияқты", "осы", "сол", "бұл", "ол", "бар", "жоқ", "болып", "болады", "табылады", "ең",
            // ru
            "какой", "какая", "какое", "какие", "каких", "каким", "какими", "какого", "какому", "каком", "сколько", "кто", "кого",
            "кому", "кем", "что", "чего", "чему", "чем", "когда", "где", "куда", "откуда", "как", "почему", "зачем", "ли",
            "разве", "же", "и", "в", "во", "на", "о", "об", "обо", "по", "с", "со", "к", "ко", "у", "из", "за", "для", "от",
            "до", "при", "про", "а", "но", "или", "это", "этот", "эта", "эти", "был", "была", "было", "были", "есть",
            // en
            "what", "which", "who", "whom", "whose", "how", "when", "where", "why", "does", "do", "did", "is", "are", "was",
            "were", "the", "a", "an", "of", "in", "on", "at", "to", "for", "about", "with", "by", "from", "and", "or", "many",
            "much", "has", "have", "had", "can", "there", "this", "that", "these", "those", "be", "been");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** The words that make a question of a query (not the function words around them). */
    private static final Set<String> ASKING = Set.of("қандай", "қанша", "неше", "нешінші", "кім", "не", "неге", "қай", "қайда",
            "қашан", "қалай", "неліктен", "дегеніміз", "какой", "какая", "какое", "какие", "сколько", "кто", "что", "когда",
            "где", "как", "почему", "зачем", "what", "which", "who", "how", "when", "where", "why");
    /**
     * A question mark, or a prompt left for its answer: a colon or dash at the end, an ellipsis at either end
     * ("Паразитті қарапайымдыларға жататын -", "Арал теңізінің пайда болуы:", "... халықаралық геофизика жылы деп
     * жарияланды.", as exam questions and crosswords put them).
     */
    private static final Pattern ASKS = Pattern.compile("(?:[?:\\-–—…]|\\.\\.\\.)\\s*$|^\\s*(?:…|\\.\\.\\.)");
    /** A query this long is a sentence, whether or not it asks. */
    private static final int SENTENCE_WORDS = 8;

    private QuestionWords() {
    }

    /** The words that say what is asked about, in their order; all of them when nothing else would be left. */
    static String content(String words) {
        return content(words, true);
    }

    /**
     * The words that say what is asked about, in their order. When nothing else would be left: all of them if the
     * query has nothing else ("не?" searches for не), none if it has (a phrase or alternatives beside "қандай?").
     */
    static String content(String words, boolean alone) {
        List<String> kept = new ArrayList<>();
        int all = 0;
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            all++;
            if (!WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                kept.add(m.group());
            }
        }
        if (kept.size() == all) {
            return words;
        }
        return kept.isEmpty() ? (alone ? words : "") : String.join(" ", kept);
    }

    /** Whether a query is a question rather than keywords: it asks (a question word, a question mark) or is a sentence. */
    static boolean isQuestion(String query) {
        if (ASKS.matcher(query).find()) {
            return true;
        }
        int n = 0;
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            n++;
            if (ASKING.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return n >= SENTENCE_WORDS;
    }
}
