package kz.minsearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blocks of a page's main text that a reader would not copy: captions, read-also and share lines, section labels
 * of ads and related links, datelines and link lists. Decided per block from its text and
 * context alone, in kk, ru and en, so it holds on layouts never seen.
 */
final class Boilerplate {
    /** Blocks that open like a caption, a read-also line or a share prompt. */
    private static final Pattern OPENS_AS_NOISE = Pattern.compile("(?iuU)^\\s*(фото|сурет|фотосурет|photo|image|"
            + "читайте также|читайте еще|оқи отырыңыз|оқыңыз|read also|read more|бөлісу|поделиться|share|"
            + "подписывайтесь|жазылыңыз|реклама|жарнама)\\b.*");
    /** Whole blocks that are labels of page furniture, not text. */
    private static final Pattern LABEL = Pattern.compile("(?iuU)^\\W*(advert|advertisement|ad|sponsored|sponsored content|"
            + "related|related (articles|stories|news|posts|content|coverage)|see also|more on this( story)?|don'?t miss|"
            + "trending( now)?|most (read|popular|viewed)|popular|recommended( for you)?|you (may|might) also like|"
            + "\\d* ?comments?|leave a (comment|reply)|tell us what you think.*|more (news|stories|from .{1,40})|"
            + "top stories|latest( news)?|editor'?s picks?|follow us.*|sign up.*|newsletter|advertising|"
            + "по теме|похожие (новости|материалы)|другие новости|популярное|комментарии|новости партнеров|"
            + "тақырыпқа орай|ұқсас жаңалықтар|басқа жаңалықтар|пікірлер|танымал)\\W*$");
    /** A short line that only says when the page was published or updated. */
    private static final Pattern DATELINE = Pattern.compile("(?iuU)^\\W*(published|updated|posted|last updated|"
            + "опубликовано|обновлено|дата публикации|жарияланды|жарияланған|жаңартылды)\\b.*");
    /** Promotion of the publisher that closes many articles: follow us, newsletters, forums, reporting credits. */
    private static final Pattern PROMO = Pattern.compile("(?iuU).*(follow (us|him|her|them) on|(sign up|subscribe) (for|to) our|"
            + "our (daily |weekly )?newsletter|in your inbox|meet your inbox|stories like this|join our|email (us|him|her) at|"
            + "contributed to this report|additional reporting by|all rights reserved|©|copyright \\d{4}|"
            + "подписывайтесь на наш|подпишитесь на наш|наш телеграм|наш telegram|все права защищены|"
            + "біздің телеграм|біздің telegram|арнамызға жазылыңыз|барлық құқықтар қорғалған).*");
    private static final int SHORT = 40;
    private static final int BYLINE_MAX = 60;
    private static final int PROMO_MAX = 300;
    private static final int DATELINE_MAX = 120;
    private static final double MAX_LINK_DENSITY = 0.5;

    private Boilerplate() {
    }

    /** The texts of the blocks that belong to the article, in order. */
    static List<String> strip(List<TextBlocks.Block> blocks) {
        int n = blocks.size();
        boolean[] noise = new boolean[n];
        for (int i = 0; i < n; i++) {
            String text = blocks.get(i).text();
            noise[i] = OPENS_AS_NOISE.matcher(text).matches()
                    || text.length() < SHORT && LABEL.matcher(text).matches()
                    || text.length() < DATELINE_MAX && DATELINE.matcher(text).matches();
        }
        // a link standing alone between two paragraphs is part of the text; a run of links, or one at an edge, is a list
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).linkDensity() > MAX_LINK_DENSITY) {
                boolean proseBefore = i > 0 && isProse(blocks.get(i - 1));
                boolean proseAfter = i + 1 < n && isProse(blocks.get(i + 1));
                noise[i] |= !(proseBefore && proseAfter) || shouts(blocks.get(i).text());
            }
        }
        // the byline and date above the text, and the publisher's promotion below it
        for (int i = 0; i < n && !isProse(blocks.get(i)); i++) {
            String text = blocks.get(i).text();
            noise[i] |= text.length() < BYLINE_MAX && DateFinder.find(text).isPresent();
        }
        for (int i = n - 1; i >= 0; i--) {
            String text = blocks.get(i).text();
            if (noise[i]) {
                continue;
            }
            if (text.length() > PROMO_MAX || !PROMO.matcher(text).matches()) {
                break;
            }
            noise[i] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!noise[i]) {
                out.add(blocks.get(i).text());
            }
        }
        return out;
    }

    /** A line in capitals: a promotion or a teaser's headline, not a sentence of the text. */
    private static boolean shouts(String text) {
        return text.chars().anyMatch(Character::isUpperCase) && text.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean isProse(TextBlocks.Block b) {
        return b.text().length() >= 70 && b.linkDensity() <= 0.2;
    }
}
