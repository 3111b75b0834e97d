package kz.minsearch.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An element's text cut where a reader sees a new block (a paragraph, heading, list item, cell or line break), each
 * block with how much of it is link text: the unit that boilerplate detection judges.
 */
public final class TextBlocks {
    private static final Set<String> BREAKING = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "section", "article", "header", "footer",
            "figure", "figcaption", "main", "address", "hr", "br", "caption", "details", "summary", "aside", "nav");

    /** @param tag the innermost block element it sits in; {@code linkChars} how many of its characters are link text */
    public record Block(String text, int linkChars, String tag) {
        public double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        public boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private TextBlocks() {
    }

    public static List<Block> of(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        List<String> openBlocks = new ArrayList<>();
        openBlocks.add(root.normalName());
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank() || !text.isEmpty()) {
                        boolean inLink = false;
                        for (Node p = node.parent(); p != null && p != root; p = p.parent()) {
                            if (p instanceof Element e && e.normalName().equals("a")) {
                                inLink = true;
                                break;
                            }
                        }
                        text.append(s);
                        if (inLink) {
                            linkChars[0] += s.strip().length();
                        }
                    }
                } else if (node instanceof Element e && node != root && BREAKING.contains(e.normalName())) {
                    flush(blocks, text, linkChars, openBlocks.get(openBlocks.size() - 1));
                    if (!e.normalName().equals("br") && !e.normalName().equals("hr")) {
                        openBlocks.add(e.normalName());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != root && BREAKING.contains(e.normalName())
                        && !e.normalName().equals("br") && !e.normalName().equals("hr")) {
                    flush(blocks, text, linkChars, openBlocks.remove(openBlocks.size() - 1));
                }
            }
        });
        flush(blocks, text, linkChars, root.normalName());
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder text, int[] linkChars, String tag) {
        String clean = text.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
        if (!clean.isEmpty()) {
            blocks.add(new Block(clean, Math.min(linkChars[0], clean.length()), tag));
        }
        text.setLength(0);
        linkChars[0] = 0;
    }

    public static int length(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
