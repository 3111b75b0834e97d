package kz.minsearch.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;

/**
 * How long work shows how far it is: on a terminal, a bar redrawn in place; anywhere else (a CI log, {@code | tee}, a
 * file), a plain line at every tenth of the way or every ten seconds, never a line redrawn with carriage returns into
 * kilobytes of one line.
 */
final class Progress implements AutoCloseable {
    private static final Duration EVERY = Duration.ofSeconds(10);

    private final String task;
    private final PrintStream out;
    private final ProgressBar bar;
    private long max;
    private long done;
    private long lastTenth;
    private long lastLine = System.nanoTime();

    private Progress(String task, long max, PrintStream out, boolean terminal) {
        this.task = task;
        this.max = max;
        this.out = out;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(200).build() : null;
    }

    /** On standard error, as a bar when it is a terminal. */
    static Progress of(String task, long max) {
        return new Progress(task, max, System.err, onTerminal());
    }

    /** @param terminal whether {@code out} is a terminal (tests decide) */
    static Progress to(PrintStream out, String task, long max, boolean terminal) {
        return new Progress(task, max, out, terminal);
    }

    /** The work grew: more to do than first known (a crawl finds links). */
    synchronized void maxHint(long more) {
        max = Math.max(max, more);
        if (bar != null) {
            bar.maxHint(max);
        }
    }

    synchronized void stepTo(long n) {
        done = n;
        if (bar != null) {
            bar.stepTo(n);
            return;
        }
        long tenth = max <= 0 ? 0 : done * 10 / max;
        long now = System.nanoTime();
        if (tenth > lastTenth || now - lastLine >= EVERY.toNanos()) {
            lastTenth = tenth;
            lastLine = now;
            line();
        }
    }

    private void line() {
        out.printf("%s: %d of %d%s%n", task, done, max, max > 0 ? String.format(" (%d%%)", done * 100 / max) : "");
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        } else if (lastTenth < 10 || done != max) {
            line();
        }
    }

    /** Whether standard error goes to a terminal: JDK 22+ says so itself; before, a console exists only for one. */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
