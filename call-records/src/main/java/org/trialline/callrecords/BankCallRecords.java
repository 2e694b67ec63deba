package org.trialline.callrecords;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactQueued;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;

/**
 * Reads the 1999 call records of the "Anonymous Bank" call centre (Technion SEE Center; tab-separated, one call a
 * row, 17 fields after a header line) and turns each row into the queue events it implies. A served row becomes
 * queued, answered and ended; a row that waited and was not served becomes queued and abandoned; phantom rows and
 * calls that never reached a queue are skipped. The file's clock times are read in the centre's time zone.
 */
public final class BankCallRecords {

    private static final String HEADER_START = "vru+line";
    private static final int FIELDS = 17;
    private static final String SOURCE = "anonymous-bank";
    private static final long UNIDENTIFIED_CUSTOMER = 0;
    // Two-digit years are read as 19xx: the data set covers 1999 only.
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1900)
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final int HALF_A_DAY_SECONDS = 12 * 60 * 60;

    private final ZoneId zone;

    /** Reads clock times in {@code zone}, the centre's time zone ({@code Asia/Jerusalem} for this data). */
    public BankCallRecords(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Parses lazily; the header line yields nothing, every other line yields one {@link ImportedLine}. */
    public Stream<ImportedLine> parse(BufferedReader reader) {
        return NumberedLines.of(reader)
                .filter(line -> !(line.number() == 1 && line.text().startsWith(HEADER_START)))
                .map(line -> parseLine(line.number(), line.text()));
    }

    /** Parses a plain or gzipped file; close the stream to close the file. */
    public Stream<ImportedLine> parse(Path file) throws IOException {
        BufferedReader reader = RecordFiles.open(file);
        return parse(reader).onClose(() -> RecordFiles.close(reader));
    }

    private ImportedLine parseLine(long lineNumber, String text) {
        if (text.isBlank()) {
            return new ImportedLine.Skipped(lineNumber, "blank line");
        }
        try {
            return toImported(lineNumber, Row.of(text));
        } catch (MalformedFieldException e) {
            return new ImportedLine.Malformed(lineNumber, e.getMessage());
        }
    }

    // The stages reached decide, not the outcome: the file has HANG rows with a service start, and AGENT rows without.
    private ImportedLine toImported(long lineNumber, Row row) {
        if (row.outcome() == Outcome.PHANTOM) {
            return new ImportedLine.Skipped(lineNumber, "outcome PHANTOM");
        }
        if (reached(row.serviceStart())) {
            return new ImportedLine.Recorded(lineNumber, answered(row));
        }
        if (reached(row.queueStart())) {
            return new ImportedLine.Recorded(lineNumber, abandoned(row));
        }
        return new ImportedLine.Skipped(lineNumber, "never reached a queue");
    }

    private List<QueueEvent> answered(Row row) {
        Instant answeredAt = instant(row, row.serviceStart());
        UUID contactId = row.contactId();
        // Agent as written, NO_SERVER included: the file has served rows without a named agent.
        String agentId = row.server();
        return List.of(
                new ContactQueued(
                        row.eventId("queued"),
                        answeredAt.minusSeconds(row.queueSeconds()),
                        row.type(),
                        contactId,
                        row.patientReference(),
                        QueueEvent.CURRENT_VERSION),
                new ContactAnswered(
                        row.eventId("answered"),
                        answeredAt,
                        row.type(),
                        contactId,
                        agentId,
                        QueueEvent.CURRENT_VERSION),
                new ContactEnded(
                        row.eventId("ended"),
                        instant(row, row.serviceExit()),
                        row.type(),
                        contactId,
                        agentId,
                        EndedBy.UNKNOWN,
                        QueueEvent.CURRENT_VERSION));
    }

    private List<QueueEvent> abandoned(Row row) {
        Instant leftAt = instant(row, row.queueExit());
        UUID contactId = row.contactId();
        return List.of(
                new ContactQueued(
                        row.eventId("queued"),
                        leftAt.minusSeconds(row.queueSeconds()),
                        row.type(),
                        contactId,
                        row.patientReference(),
                        QueueEvent.CURRENT_VERSION),
                new ContactLeftQueue(
                        row.eventId("left-queue"),
                        leftAt,
                        row.type(),
                        contactId,
                        LeaveReason.ABANDONED,
                        QueueEvent.CURRENT_VERSION));
    }

    /**
     * The file gives clock times without a date, so a call crossing midnight wraps to small hours. A time more than
     * half a day before the call reached the VRU lies on the next day; a smaller gap is clock skew between the VRU
     * and the switch (rows show the queue starting a minute before the VRU entry), not a new day.
     */
    private Instant instant(Row row, LocalTime time) {
        boolean nextDay = row.vruEntry().toSecondOfDay() - time.toSecondOfDay() > HALF_A_DAY_SECONDS;
        LocalDate day = nextDay ? row.date().plusDays(1) : row.date();
        // ZonedDateTime.of moves a time in a spring-forward gap ahead by the gap and takes the earlier offset in an
        // autumn overlap; the centre was closed at those hours, so nothing finer is needed.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    // 0:00:00 is the file's "never reached"; a stage that began at midnight exactly is lost with it.
    private static boolean reached(LocalTime time) {
        return !time.equals(LocalTime.MIDNIGHT);
    }

    private enum Outcome {
        AGENT,
        HANG,
        PHANTOM
    }

    /** The fields of one row that the import reads; the others (priority, VRU exit and durations) are not checked. */
    private record Row(
            String vruLine,
            long callId,
            long customerId,
            String type,
            String dateText,
            LocalDate date,
            LocalTime vruEntry,
            LocalTime queueStart,
            LocalTime queueExit,
            long queueSeconds,
            Outcome outcome,
            LocalTime serviceStart,
            LocalTime serviceExit,
            String server) {

        static Row of(String text) {
            String[] fields = text.split("\t", -1);
            if (fields.length != FIELDS) {
                throw new MalformedFieldException(
                        "expected " + FIELDS + " tab-separated fields, found " + fields.length);
            }
            return new Row(
                    present("vru+line", fields[0]),
                    wholeNumber("call_id", fields[1]),
                    wholeNumber("customer_id", fields[2]),
                    present("type", fields[4]),
                    fields[5],
                    date(fields[5]),
                    time("vru_entry", fields[6]),
                    time("q_start", fields[9]),
                    time("q_exit", fields[10]),
                    wholeNumber("q_time", fields[11]),
                    outcome(fields[12]),
                    time("ser_start", fields[13]),
                    time("ser_exit", fields[14]),
                    present("server", fields[16]));
        }

        UUID contactId() {
            // call_id repeats across VRU lines on the same day, so the line is part of the key.
            return StableIds.of(SOURCE, vruLine, Long.toString(callId), dateText);
        }

        UUID eventId(String kind) {
            return StableIds.of(SOURCE, vruLine, Long.toString(callId), dateText, kind);
        }

        String patientReference() {
            return customerId == UNIDENTIFIED_CUSTOMER ? null : "bank-" + customerId;
        }

        private static String present(String field, String value) {
            if (value.isBlank()) {
                throw MalformedFieldException.of(field, value, "a value");
            }
            return value;
        }

        private static long wholeNumber(String field, String value) {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw MalformedFieldException.of(field, value, "a whole number");
            }
            return Long.parseLong(value);
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                throw MalformedFieldException.of("date", value, "a date YYMMDD");
            }
        }

        private static LocalTime time(String field, String value) {
            try {
                return LocalTime.parse(value, TIME);
            } catch (DateTimeParseException e) {
                throw MalformedFieldException.of(field, value, "a time H:MM:SS");
            }
        }

        private static Outcome outcome(String value) {
            try {
                return Outcome.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw MalformedFieldException.of("outcome", value, "AGENT, HANG or PHANTOM");
            }
        }
    }
}
