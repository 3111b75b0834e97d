package kz.minsearch.index;

import kz.minsearch.enrich.Linker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Links translations and retellings across the whole index after new publications arrive, and writes back only the
 * publications whose links (or the people, ministers and areas they share with their translations) changed.
 */
public final class LinkPass {
    private static final Logger log = LoggerFactory.getLogger(LinkPass.class);

    private LinkPass() {
    }

    /** @return how many publications changed */
    public static int run(PublicationIndex index) throws IOException {
        index.refresh();
        List<Publication> before = index.all();
        List<Publication> after = Linker.link(before);
        List<Publication> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Publication a = before.get(i);
            Publication b = after.get(i);
            if (!Objects.equals(a.translations(), b.translations()) || !Objects.equals(a.related(), b.related())
                    || !Objects.equals(a.people(), b.people()) || !Objects.equals(a.ministers(), b.ministers())
                    || !Objects.equals(a.areas(), b.areas())) {
                changed.add(b);
            }
        }
        List<String> failures = index.index(changed, true);
        failures.forEach(f -> log.warn("event=link_update_failed reason=\"{}\"", f));
        log.info("event=links_updated publications={} changed={}", before.size(), changed.size());
        return changed.size();
    }
}
