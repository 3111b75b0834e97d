package kz.minsearch.fetch;

import java.net.URI;

/** A web site as the crawler bounds it: one host and port. */
public final class Site {
    private Site() {
    }

    /** The site of a URL: its host, with the port when it is not the scheme's default. */
    public static String of(String url) {
        URI u = URI.create(url);
        return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
    }

    public static boolean same(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    /** Whether two URLs are on one site; a URL that does not parse is on none. */
    public static boolean same(String a, String b) {
        try {
            return same(URI.create(a), URI.create(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
