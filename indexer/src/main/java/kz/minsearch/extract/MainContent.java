package kz.minsearch.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main text of a page on a layout it has never seen, the way the best published extractors do: paragraphs
 * vote for their ancestors (text length and commas, damped by link density and weighted by class and tag, as in
 * Readability); the best-scoring block takes its siblings that look like the same text; what sits inside it and is
 * not prose (share bars, related lists, captions, forms, galleries) is pruned by its link density and its mix of
 * images, list items and inputs; the result is cut into text blocks. When a pass finds too little, it is tried again
 * with the riskier cleaning switched off, and the longest result wins.
 */
public final class MainContent {
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
            + "social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter|subscribe|"
            + "share|sharing|promo|widget|recommend|most-?read|most-?popular|trending|outbrain|taboola|paywall|modal");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    /** A comments section is never the article, whatever else its class says. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(?:^|\\s)(?:comments?|comments?-(?:area|list|section|wrapper|container|block)|"
            + "commentlist|disqus_thread|respond)(?:$|\\s)");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|"
            + "footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
            + "tags|widget|caption|byline|author|newsletter|subscribe|recirc|teaser|card");
    /** Blocks inside the chosen text that are never part of it, whatever their size. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[-_\\s])(share|sharing|social|related|newsletter|"
            + "subscribe|subscription|cookie|comments?|breadcrumbs?|byline|author-?(?:info|bio|box)|caption|credit|tags?|"
            + "read-?(?:more|also|next)|more-?(?:news|stories)|recommended|advert|advertisement|ads?|promo|sponsored|"
            + "print|toolbar|gallery|slider|signup|donate|paywall|inline-?(?:related|promo)|also)(?:$|[-_\\s])");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> DIV_BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "header", "footer", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "aside", "nav", "form");
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Pattern COMMA = Pattern.compile("[,،﹐︐︑⹀⸴⸲，、]");
    private static final int MIN_SCORED_TEXT = 25;
    /** A pass that yields less than this is repeated with less cleaning. */
    private static final int ENOUGH_TEXT = 500;

    private enum Pass { ALL, KEEP_UNLIKELY, NO_CLASS_WEIGHTS, NO_CONDITIONAL_CLEANING }

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private MainContent() {
    }

    /** The main text's blocks, in order, from a page that has been stripped of scripts and styles. */
    public static List<TextBlocks.Block> of(Document page) {
        List<TextBlocks.Block> best = List.of();
        int bestLength = -1;
        boolean stripUnlikely = true;
        boolean weightClasses = true;
        boolean cleanConditionally = true;
        for (Pass pass : Pass.values()) {
            switch (pass) {
                case KEEP_UNLIKELY -> stripUnlikely = false;
                case NO_CLASS_WEIGHTS -> weightClasses = false;
                case NO_CONDITIONAL_CLEANING -> cleanConditionally = false;
                default -> { }
            }
            List<TextBlocks.Block> blocks = new MainContent().grab(page.clone(), stripUnlikely, weightClasses, cleanConditionally);
            int length = TextBlocks.length(blocks);
            if (length > bestLength * 1.25) {
                best = blocks;
                bestLength = length;
            }
            if (length >= ENOUGH_TEXT) {
                break;
            }
        }
        return best;
    }

    private List<TextBlocks.Block> grab(Document doc, boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select("[hidden], [aria-hidden=true]:not(:has(p)), [style~=(?i)display:\\s*none|visibility:\\s*hidden]").remove();
        List<Element> toScore = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && e.ownerDocument() == null) {
                continue; // removed with an ancestor
            }
            if (e != body && (stripUnlikely ? unlikely(e) : COMMENTS.matcher(e.className() + " " + e.id()).find())) {
                e.remove();
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("div")) {
                if (hasBlockChild(e)) {
                    toScore.addAll(wrapLooseText(e));
                } else {
                    e.tagName("p");
                    tag = "p";
                }
            }
            if (SCORED.contains(tag)) {
                toScore.add(e);
            }
        }
        for (Element e : toScore) {
            score(e, weightClasses);
        }
        Element top = topCandidate(body);
        Element article = withSiblings(top, weightClasses);
        clean(article, weightClasses, cleanConditionally);
        return TextBlocks.of(article);
    }

    private static boolean unlikely(Element e) {
        String role = e.attr("role");
        if (UNLIKELY_ROLES.contains(role)) {
            return true;
        }
        String tag = e.normalName();
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
            return true;
        }
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
            return false;
        }
        String match = e.className() + " " + e.id();
        if (COMMENTS.matcher(match).find()) {
            return true;
        }
        return match.length() > 1 && UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find()
                && !hasAncestor(e, "table") && !hasAncestor(e, "code");
    }

    private static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (DIV_BLOCKS.contains(child.normalName()) || hasBlockChild(child)) {
                return true;
            }
        }
        return false;
    }

    /** A div that mixes blocks with bare text: each run of bare text becomes a paragraph of its own. */
    private static List<Element> wrapLooseText(Element div) {
        List<Element> made = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(div.childNodes())) {
            boolean inline = child instanceof TextNode || child instanceof Element el
                    && !DIV_BLOCKS.contains(el.normalName()) && !el.normalName().equals("br") && !hasBlockChild(el);
            if (inline) {
                run.add(child);
            } else {
                wrap(run, made);
                run.clear();
            }
        }
        wrap(run, made);
        return made;
    }

    private static void wrap(List<Node> run, List<Element> made) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
        }
        if (text.toString().isBlank()) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
        made.add(p);
    }

    private void score(Element e, boolean weightClasses) {
        if (e.parent() == null) {
            return;
        }
        String text = e.text();
        if (text.length() < MIN_SCORED_TEXT) {
            return;
        }
        double points = 1 + COMMA.split(text, -1).length + Math.min(Math.floor(text.length() / 100.0), 3);
        int level = 0;
        for (Element ancestor = e.parent(); ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
            if (ancestor.parent() == null && !ancestor.normalName().equals("body")) {
                break;
            }
            if (!scores.containsKey(ancestor)) {
                scores.put(ancestor, initialScore(ancestor, weightClasses));
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, points / divider, Double::sum);
        }
    }

    private static double initialScore(Element e, boolean weightClasses) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (weightClasses ? classWeight(e) : 0);
    }

    static int classWeight(Element e) {
        int weight = 0;
        for (String name : List.of(e.className(), e.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private Element topCandidate(Element body) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            e.setValue(e.getValue() * (1 - linkDensity(e.getKey())));
            ranked.add(e);
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        if (ranked.isEmpty() || ranked.get(0).getKey() == body) {
            return body;
        }
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        // several strong candidates under one ancestor: the text is split into parts, take their common ancestor
        List<Element> alternatives = ranked.stream().skip(1).limit(4).filter(c -> c.getValue() / topScore >= 0.75)
                .map(Map.Entry::getKey).toList();
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                final Element candidate = parent;
                long containing = alternatives.stream().filter(a -> isAncestor(candidate, a)).count();
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        // the parent scores higher: the top candidate was only a part of the text
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        scores.putIfAbsent(top, 0.0);
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The top candidate with the siblings that score near it or read like prose. */
    private Element withSiblings(Element top, boolean weightClasses) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return top;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        Element article = new Element("div");
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean take = sibling == top;
            if (!take) {
                double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    take = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = linkDensity(sibling);
                    String text = sibling.text();
                    take = text.length() > 80 && density < 0.25
                            || text.length() > 0 && text.length() <= 80 && density == 0 && text.matches("(?s).*\\.( |$).*");
                }
                if (take && weightClasses && BOILERPLATE.matcher(sibling.className() + " " + sibling.id()).find()) {
                    take = false;
                }
            }
            if (take) {
                article.appendChild(sibling);
            }
        }
        return article;
    }

    /** Out of the chosen text: headings that repeat the title, captions, and blocks that are not prose. */
    private void clean(Element article, boolean weightClasses, boolean cleanConditionally) {
        article.select("h1, figure, figcaption, picture, video, audio, object, embed, iframe, input, textarea, select, "
                + "button, fieldset, nav, aside, footer, [role=complementary], [role=navigation]").remove();
        for (Element e : article.select("*")) {
            if (e.parent() != null && e != article && BOILERPLATE.matcher(e.className() + " " + e.id()).find()
                    && !MAYBE.matcher(e.className() + " " + e.id()).find() && e.text().length() < 1000) {
                e.remove();
            }
        }
        for (Element time : article.select("time")) {
            Element holder = time.closest("p, li, td, blockquote");
            if (holder == null) {
                time.remove(); // a dateline of its own, not a date inside a sentence
            } else if (holder.text().length() - time.text().length() < 15) {
                holder.remove();
            }
        }
        for (Element h : article.select("h2, h3")) {
            if (weightClasses && classWeight(h) < 0) {
                h.remove();
            }
        }
        if (!cleanConditionally) {
            return;
        }
        List<Element> fishy = new ArrayList<>(article.select("form, table, ul, ol, div, section"));
        for (int i = fishy.size() - 1; i >= 0; i--) {
            Element e = fishy.get(i);
            if (e.parent() != null && notProse(e, weightClasses)) {
                e.remove();
            }
        }
    }

    private boolean notProse(Element e, boolean weightClasses) {
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        double weight = weightClasses ? classWeight(e) : 0;
        if (weight + scores.getOrDefault(e, 0.0) < 0) {
            return true;
        }
        String text = e.text();
        if (COMMA.split(text, -1).length - 1 >= 10) {
            return false;
        }
        int paragraphs = e.getElementsByTag("p").size();
        int images = e.getElementsByTag("img").size();
        int items = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        double links = linkDensity(e);
        int length = text.length();
        int headingChars = e.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> h.text().length()).sum();
        double headingDensity = length == 0 ? 0 : (double) headingChars / length;
        int embeds = e.select("object, embed, iframe, video").size();
        return images > 1 && (double) paragraphs / images < 0.5
                || !isList && items > paragraphs
                || inputs > paragraphs / 3
                || !isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && links > 0
                || !isList && weight < 25 && links > 0.2
                || weight >= 25 && links > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || isList && links > 0.5 && length < 1000;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            links += a.text().length() * (href.startsWith("#") && href.length() > 1 ? 0.3 : 1);
        }
        return links / all;
    }
}
