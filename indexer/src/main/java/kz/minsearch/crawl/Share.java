package kz.minsearch.crawl;

import kz.minsearch.fetch.Site;

/**
 * The part of the web one of several indexer processes crawls: the sites whose hash falls to it. A crawl never leaves
 * its start sites, so processes sharing one cluster (and its crawl state) never fetch the same page, and each keeps
 * its own politeness towards the hosts it alone visits.
 *
 * @param number this process's share, from 1
 * @param of     how many processes share the work
 */
public record Share(int number, int of) {
    public static final Share ALL = new Share(1, 1);

    public Share {
        if (of < 1 || number < 1 || number > of) {
            throw new IllegalArgumentException("a share is K/N with 1 <= K <= N, not " + number + "/" + of);
        }
    }

    /** {@code K/N}, as given on the command line or in MINSEARCH_CRAWL_SHARE. */
    public static Share parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a share is K/N (such as 2/3), not \"" + text + "\"");
    }

    /** Whether the site of this URL falls to this share. String's hash is fixed by the language: every process agrees. */
    public boolean owns(String url) {
        return Math.floorMod(Site.of(url).toLowerCase(java.util.Locale.ROOT).hashCode(), of) == number - 1;
    }

    @Override
    public String toString() {
        return number + "/" + of;
    }
}
