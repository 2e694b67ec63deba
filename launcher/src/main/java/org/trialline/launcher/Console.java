package org.trialline.launcher;

import java.io.PrintStream;

/** Writes what the launcher has to tell its user: progress to standard output, failures to standard error. */
final class Console {

    private final PrintStream out;

    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Console system() {
        return new Console(System.out, System.err);
    }

    void say(String line) {
        out.println(line);
    }

    void fail(String line) {
        err.println("trialline: " + line);
    }

    void detail(String line) {
        err.println("  " + line);
    }
}
