package kz.minsearch.alert;

import kz.minsearch.index.Publication;

import java.util.List;
import java.util.Map;

/** The words of minsearch's mail, in kk, ru and en. */
final class Mails {
    private static final Map<String, String[]> WORDS = Map.of(
            "kk", new String[]{"minsearch: жазылымды растаңыз", "«%s» іздеуіне жазылу үшін сілтемені ашыңыз:\n\n%s\n\nЕгер сіз жазылмаған болсаңыз, бұл хатты елемеңіз.",
                    "minsearch: «%s» бойынша жаңа жарияланымдар (%d)", "Жазылымнан бас тарту:", "барлық іздеулер"},
            "ru", new String[]{"minsearch: подтвердите подписку", "Чтобы подписаться на поиск «%s», откройте ссылку:\n\n%s\n\nЕсли вы не подписывались, не отвечайте на это письмо.",
                    "minsearch: новые публикации по запросу «%s» (%d)", "Отписаться:", "все публикации"},
            "en", new String[]{"minsearch: confirm your subscription", "To subscribe to the search «%s», open this link:\n\n%s\n\nIf you did not subscribe, ignore this mail.",
                    "minsearch: new publications for «%s» (%d)", "Unsubscribe:", "all publications"});

    private Mails() {
    }

    static String confirmationSubject(String ui) {
        return words(ui)[0];
    }

    static String confirmationText(String ui, String search, String link) {
        return String.format(words(ui)[1], search(ui, search), link);
    }

    static String alertSubject(String ui, String search, int count) {
        return String.format(words(ui)[2], search(ui, search), count);
    }

    static String alertText(String ui, List<Publication> publications, String unsubscribe) {
        StringBuilder out = new StringBuilder();
        for (Publication p : publications) {
            out.append(p.title()).append('\n');
            if (p.published() != null) {
                out.append(p.published().toLocalDate()).append(" · ");
            }
            out.append(p.url()).append("\n\n");
        }
        return out.append("-- \n").append(words(ui)[3]).append(' ').append(unsubscribe).append('\n').toString();
    }

    static String search(String ui, String text) {
        return text == null || text.isBlank() ? words(ui)[4] : text;
    }

    private static String[] words(String ui) {
        return WORDS.getOrDefault(ui, WORDS.get("en"));
    }
}
