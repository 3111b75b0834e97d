package kz.minsearch.index;

import kz.minsearch.enrich.Linker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links translations and retellings around what just arrived, and writes back only the publications whose links (or
 * the people, ministers and areas they share with their translations) changed. The whole index is never read: a
 * publication can only be linked to one within {@link Linker#REACH} of it in time, and that one's own best partners
 * lie within the same reach again, so the publications within twice the reach of the new ones are read, and those
 * within the reach (which are all a new one can change) are decided exactly and written.
 */
public final class LinkPass {
    private static final Logger log = LoggerFactory.getLogger(LinkPass.class);

    /** A publication just indexed: its id, and when it was published (null when that is not known). */
    public record Arrival(String id, OffsetDateTime published) {
        public static Arrival of(Publication p) {
            return new Arrival(p.id(), p.published());
        }
    }

    /** A span of time, both ends included. */
    record Span(OffsetDateTime from, OffsetDateTime to) {
    }

    private LinkPass() {
    }

    /** After publications were indexed: links them and writes back what changed. @return how many publications changed */
    public static int run(PublicationIndex index, Collection<Arrival> arrived) throws IOException {
        if (arrived.isEmpty()) {
            return 0;
        }
        List<Publication> changed = relink(index, arrived, List.of(), List.of());
        long writing = System.nanoTime();
        List<String> failures = index.replace(changed.stream().map(Publication::toDocument).toList());
        index.refresh();
        failures.forEach(f -> log.warn("event=link_update_failed reason=\"{}\"", f));
        log.info("event=links_written changed={} write_ms={}", changed.size(), (System.nanoTime() - writing) / 1_000_000);
        return changed.size();
    }

    /**
     * Before publications are indexed (a large import): links them with each other and with those indexed around
     * them, so that each is written once, with its links. Returns what to write: every incoming publication, linked,
     * and the indexed ones whose links changed.
     *
     * @param unsearchable what was handed to the index last and may not be searchable yet (an import links its next
     *                     part while the part before is written): taken as indexed, in place of what a search finds
     */
    public static List<Publication> beforeWriting(PublicationIndex index, List<Publication> incoming,
                                                  List<Publication> unsearchable) throws IOException {
        if (incoming.isEmpty()) {
            return List.of();
        }
        return relink(index, incoming.stream().map(Arrival::of).toList(), incoming, unsearchable);
    }

    /**
     * Links the arrivals (indexed already, or given as {@code incoming}) in their neighbourhood; returns the arrivals
     * and the publications within reach of them whose links changed — all the incoming ones.
     */
    private static List<Publication> relink(PublicationIndex index, Collection<Arrival> arrived, List<Publication> incoming,
                                            List<Publication> unsearchable) throws IOException {
        long start = System.nanoTime();
        index.refresh();
        List<Span> read = spans(arrived, Linker.REACH.multipliedBy(2));
        List<Span> decided = spans(arrived, Linker.REACH);
        // in the order a search returns them (by id), whichever of the two they came from
        Map<String, Publication> neighbourhood = new TreeMap<>();
        index.publishedIn(read).forEach(p -> neighbourhood.put(p.id(), p));
        for (Publication p : unsearchable) { // what the search will find once they are written
            if (p.published() != null && within(read, p.published())) {
                neighbourhood.put(p.id(), p);
            } else {
                neighbourhood.remove(p.id());
            }
        }
        List<String> undated = arrived.stream().filter(a -> a.published() == null).map(Arrival::id).toList();
        index.get(undated).forEach(p -> neighbourhood.put(p.id(), p));
        Set<String> incomingIds = new HashSet<>();
        incoming.forEach(p -> {
            neighbourhood.remove(p.id()); // the version about to be written, not the one indexed before
            incomingIds.add(p.id());
        });
        Set<String> arrivedIds = new HashSet<>();
        arrived.forEach(a -> arrivedIds.add(a.id()));

        List<Publication> before = new ArrayList<>(neighbourhood.values());
        before.addAll(incoming);
        long linking = System.nanoTime();
        List<Publication> after = Linker.link(before);
        List<Publication> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Publication a = before.get(i);
            Publication b = after.get(i);
            boolean mine = arrivedIds.contains(a.id()) || a.published() != null && within(decided, a.published());
            if (incomingIds.contains(a.id()) || mine && (!Objects.equals(a.translations(), b.translations())
                    || !Objects.equals(a.related(), b.related()) || !Objects.equals(a.people(), b.people())
                    || !Objects.equals(a.ministers(), b.ministers()) || !Objects.equals(a.areas(), b.areas()))) {
                out.add(b);
            }
        }
        log.info("event=links_updated arrived={} read={} incoming={} changed={} read_ms={} link_ms={}", arrived.size(),
                before.size(), incoming.size(), out.size() - incoming.size(), (linking - start) / 1_000_000,
                (System.nanoTime() - linking) / 1_000_000);
        return out;
    }

    /** The times within {@code reach} of the dated arrivals, as few disjoint spans as they make. */
    static List<Span> spans(Collection<Arrival> arrived, Duration reach) {
        List<OffsetDateTime> dates = arrived.stream().map(Arrival::published).filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder()).toList();
        List<Span> out = new ArrayList<>();
        for (OffsetDateTime d : dates) {
            OffsetDateTime from = d.minus(reach);
            OffsetDateTime to = d.plus(reach);
            if (!out.isEmpty() && !from.isAfter(out.get(out.size() - 1).to())) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.from(), to.isAfter(last.to()) ? to : last.to()));
            } else {
                out.add(new Span(from, to));
            }
        }
        return out;
    }

    private static boolean within(List<Span> spans, OffsetDateTime t) {
        return spans.stream().anyMatch(s -> !t.isBefore(s.from()) && !t.isAfter(s.to()));
    }
}
