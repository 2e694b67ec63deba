package org.trialline.queue.imports;

import java.util.List;

/**
 * What an import did with a file. Lines that could not be read or applied are listed with their numbers, up to a
 * limit; the counts cover them all.
 *
 * @param contactsRead contacts the file describes
 * @param contactsImported of those, contacts new to the record
 * @param contactsAlreadyPresent of those, contacts an earlier import brought in already: importing again adds nothing
 * @param agentLinesNotKept agents' log-ins, pauses and queue memberships: history of agents is not kept
 */
public record ImportReport(
        String format,
        long lines,
        long contactsRead,
        long contactsImported,
        long contactsAlreadyPresent,
        long skippedLines,
        long agentLinesNotKept,
        long problemCount,
        List<LineProblem> problems) {

    /** A line that was not imported, and why. */
    public record LineProblem(long line, String message) {}
}
