package kz.minsearch.cli;

import kz.minsearch.crawl.Sources;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A flag's duration, written as in sources.yml (5s, 30m, 1h). */
final class DurationFlag {
    private DurationFlag() {
    }

    /** The duration, or an error that names the flag and what it takes. */
    static Duration parse(String flag, String value) {
        try {
            return Sources.duration(value);
        } catch (DateTimeParseException e) {
            throw new CliException(flag + " takes a duration such as 5s, 30m or 1h, not '" + value + "'");
        }
    }
}
