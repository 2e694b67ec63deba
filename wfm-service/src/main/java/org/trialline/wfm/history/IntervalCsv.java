package org.trialline.wfm.history;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.trialline.wfm.queues.QueuePlan;

/**
 * Reads a planner's CSV of interval counts: a header {@code queue,start,calls,aht_seconds} and one row per queue and
 * interval. {@code start} is a local date-time in the queue's time zone ({@code 2026-03-02T08:30}) or one with an
 * offset ({@code 2026-10-25T02:30+01:00}), which a local time the clocks pass twice needs; it must start one of the
 * queue's intervals. {@code aht_seconds} may be empty. Every bad field of the file is collected before anything is
 * stored, so a file is imported whole or not at all.
 */
final class IntervalCsv {

    static final String HEADER = "queue,start,calls,aht_seconds";

    // far above any queue's interval, and within the stored column's range
    private static final long MAX_CALLS = 1_000_000;

    // enough for the planner to see the pattern of a broken export without a problem detail of megabytes
    private static final int MAX_REPORTED = 20;

    private final Function<String, QueuePlan> plans;
    private final List<MalformedRowException.BadField> bad = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();

    /** @param plans the plan of a queue id, or null for a queue that is not set up */
    IntervalCsv(Function<String, QueuePlan> plans) {
        this.plans = plans;
    }

    /** The file's rows, or a {@link MalformedRowException} naming every bad field. */
    List<HistoryInterval> read(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !header(lines.get(0)).equals(HEADER)) {
            String found = lines.isEmpty() ? "" : lines.get(0);
            throw new MalformedRowException(
                    List.of(new MalformedRowException.BadField(1, "header", found, "must be " + HEADER)));
        }
        List<HistoryInterval> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                HistoryInterval row = row(i + 1, lines.get(i));
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (!bad.isEmpty()) {
            throw new MalformedRowException(bad.subList(0, Math.min(bad.size(), MAX_REPORTED)));
        }
        return rows;
    }

    private static String header(String line) {
        return line.replace("\uFEFF", "").replace(" ", "").toLowerCase();
    }

    private HistoryInterval row(long line, String text) {
        String[] fields = text.split(",", -1);
        if (fields.length < 3 || fields.length > 4) {
            return reject(line, "row", text, "must have the 4 fields " + HEADER);
        }
        String queueId = fields[0].trim();
        QueuePlan plan = plans.apply(queueId);
        if (plan == null) {
            return reject(line, "queue", queueId, "is not set up for planning");
        }
        ZonedDateTime start = start(line, fields[1].trim(), plan);
        Long calls = calls(line, fields[2].trim());
        String aht = fields.length == 4 ? fields[3].trim() : "";
        Double ahtSeconds = aht.isEmpty() ? null : aht(line, aht);
        if (start == null || calls == null || (!aht.isEmpty() && ahtSeconds == null)) {
            return null;
        }
        Long earlier = seen.putIfAbsent(queueId + "@" + start.toInstant(), line);
        if (earlier != null) {
            return reject(line, "start", fields[1].trim(), "repeats the queue and start of line " + earlier);
        }
        return new HistoryInterval(queueId, start.toInstant(), plan.intervalMinutes(), calls, ahtSeconds);
    }

    private ZonedDateTime start(long line, String value, QueuePlan plan) {
        ZonedDateTime start;
        try {
            start = value.length() > 16 && value.substring(16).matches(".*[+Z-].*")
                    ? OffsetDateTime.parse(value).atZoneSameInstant(plan.timeZone())
                    : local(LocalDateTime.parse(value), plan.timeZone());
        } catch (DateTimeParseException ex) {
            return reject(line, "start", value, "must be a date-time such as 2026-03-02T08:30");
        } catch (DateTimeException ex) {
            return reject(line, "start", value, ex.getMessage());
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || start.getMinute() % plan.intervalMinutes() != 0) {
            return reject(
                    line,
                    "start",
                    value,
                    "must start one of the queue's " + plan.intervalMinutes() + "-minute intervals");
        }
        return start;
    }

    // a local time the clocks skip does not exist; one they pass twice is read as the first of the two
    private static ZonedDateTime local(LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new DateTimeException("does not exist in " + zone + ": the clocks skip it");
        }
        return local.atZone(zone);
    }

    private Long calls(long line, String value) {
        try {
            long calls = Long.parseLong(value);
            if (calls < 0) {
                return reject(line, "calls", value, "must be 0 or more");
            }
            if (calls > MAX_CALLS) {
                return reject(line, "calls", value, "must be at most " + MAX_CALLS + " in one interval");
            }
            return calls;
        } catch (NumberFormatException ex) {
            return reject(line, "calls", value, "must be a whole number");
        }
    }

    private Double aht(long line, String value) {
        try {
            double aht = Double.parseDouble(value);
            if (!(aht > 0) || Double.isInfinite(aht)) {
                return reject(line, "aht_seconds", value, "must be more than 0 seconds, or empty when unknown");
            }
            return aht;
        } catch (NumberFormatException ex) {
            return reject(line, "aht_seconds", value, "must be a number of seconds");
        }
    }

    private <T> T reject(long line, String field, String value, String message) {
        bad.add(new MalformedRowException.BadField(line, field, value, message));
        return null;
    }
}
