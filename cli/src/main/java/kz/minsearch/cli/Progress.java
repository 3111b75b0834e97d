package kz.minsearch.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;

/**
 * How long work shows how far it is: on a terminal, a bar redrawn in place, below the log lines written meanwhile
 * (standard error, where the loggers write, goes through {@link LinesAboveBar} while the bar is up); anywhere else (a
 * CI log, {@code | tee}, a file), a plain line at every tenth of the way or every ten seconds, never a line redrawn
 * with carriage returns into kilobytes of one line.
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

    private final PrintStream errBefore;

    private Progress(String task, long max, PrintStream out, boolean terminal) {
        this.task = task;
        this.max = max;
        this.out = out;
        if (terminal) {
            LinesAboveBar lines = new LinesAboveBar(out);
            errBefore = System.err;
            System.setErr(lines.stream());
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(lines.bar()).setUpdateIntervalMillis(200).build();
        } else {
            errBefore = null;
            bar = null;
        }
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
            System.setErr(errBefore);
        } else if (lastTenth < 10 || done != max) {
            line();
        }
    }

    /**
     * A terminal shared by a bar and log lines: a line written (by a logger, to standard error) erases the bar, takes
     * its place and puts the bar back below it, instead of landing in the middle of the bar's line.
     */
    static final class LinesAboveBar {
        private static final String ERASE_LINE = "\r\033[2K";

        private final PrintStream terminal;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        private String drawn;

        LinesAboveBar(PrintStream terminal) {
            this.terminal = terminal;
        }

        /** The stream for everything else written meanwhile; whole lines reach the terminal. */
        PrintStream stream() {
            return new PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (LinesAboveBar.this) {
                        pending.write(b);
                        if (b == '\n') {
                            terminal.print(ERASE_LINE);
                            terminal.write(pending.toByteArray(), 0, pending.size());
                            pending.reset();
                            if (drawn != null) {
                                terminal.print("\r" + drawn);
                            }
                            terminal.flush();
                        }
                    }
                }
            }, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** Where the bar draws itself, remembering what it drew so that it can be put back under a line. */
        ConsoleProgressBarConsumer bar() {
            return new ConsoleProgressBarConsumer(terminal) {
                @Override
                public void accept(String rendered) {
                    synchronized (LinesAboveBar.this) {
                        drawn = rendered;
                        super.accept(rendered);
                    }
                }
            };
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
