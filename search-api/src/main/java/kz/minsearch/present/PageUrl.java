package kz.minsearch.present;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's address and its query parameters, in order. Every state of a search (its words, ticked facets, order, page,
 * language) lives in the address, so it can be shared, bookmarked and reached again with Back; each link on the page
 * is this address with one thing changed.
 */
public final class PageUrl {
    private record Param(String name, String value) {
    }

    private final String path;
    private final List<Param> params;

    private PageUrl(String path, List<Param> params) {
        this.path = path;
        this.params = List.copyOf(params);
    }

    public static PageUrl of(String path) {
        return new PageUrl(path, List.of());
    }

    /** The path with these parameters; blank values are left out (an empty search box is no parameter). */
    public static PageUrl of(String path, Map<String, List<String>> params) {
        List<Param> out = new ArrayList<>();
        params.forEach((name, values) -> values.stream().filter(v -> v != null && !v.isBlank())
                .forEach(v -> out.add(new Param(name, v))));
        return new PageUrl(path, out);
    }

    /** A publication's own page, {@code /p/{id}}, in an interface language. */
    public static PageUrl publication(String id, String ui) {
        return of("/p/" + encode(id)).with("ui", ui);
    }

    /** A minister's or an area's page ({@code /minister/{id}}, {@code /area/{id}}), in an interface language. */
    public static PageUrl subject(String facet, String id, String ui) {
        return of("/" + facet + "/" + encode(id)).with("ui", ui);
    }

    /** The parameter set to this one value (or removed, for null). */
    public PageUrl with(String name, String value) {
        List<Param> out = new ArrayList<>(params.stream().filter(p -> !p.name().equals(name)).toList());
        if (value != null && !value.isBlank()) {
            out.add(new Param(name, value));
        }
        return new PageUrl(path, out);
    }

    /** One value of a many-valued parameter added, or taken away when it is there: a facet value ticked or unticked. */
    public PageUrl toggled(String name, String value) {
        Param p = new Param(name, value);
        List<Param> out = new ArrayList<>(params);
        if (!out.remove(p)) {
            out.add(p);
        }
        return new PageUrl(path, out);
    }

    public PageUrl without(Set<String> names) {
        return new PageUrl(path, params.stream().filter(p -> !names.contains(p.name())).toList());
    }

    public PageUrl at(String otherPath) {
        return new PageUrl(otherPath, params);
    }

    public String first(String name) {
        return params.stream().filter(p -> p.name().equals(name)).map(Param::value).findFirst().orElse(null);
    }

    /** The parameters as (name, value) pairs, for hidden fields that carry them through a form. */
    public List<Map.Entry<String, String>> entries() {
        return params.stream().map(p -> Map.entry(p.name(), p.value())).toList();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path);
        for (Param p : params) {
            out.append(out.length() == path.length() ? '?' : '&').append(encode(p.name())).append('=').append(encode(p.value()));
        }
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageUrl u && u.path.equals(path) && u.params.equals(params);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + params.hashCode();
    }
}
