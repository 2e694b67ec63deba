package org.trialline.queue.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The benchmark's printed output: a heading per part, then one labelled figure per line. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void heading(String title) {
        out.println();
        out.println(title);
        out.flush();
    }

    void line(String label, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-26s %s%n", label, String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
