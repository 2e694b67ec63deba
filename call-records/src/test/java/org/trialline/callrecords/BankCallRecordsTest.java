package org.trialline.callrecords;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactQueued;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;

class BankCallRecordsTest {

    private static final String HEADER = "vru+line call_id customer_id priority type date vru_entry vru_exit vru_time"
            + " q_start q_exit q_time outcome ser_start ser_exit ser_time server";

    // Real rows of 10 February 1999; Jerusalem was on UTC+2 that day.
    private static final String ANSWERED = "AA0101 35205 24442634 2 PS 990210 19:26:34 19:26:40 6"
            + " 19:26:40 19:26:55 15 AGENT 19:26:54 19:30:51 237 ANAT";
    private static final String ABANDONED = "AA0101 35154 68321975 1 PS 990210 9:57:40 9:57:45 5"
            + " 9:57:45 9:59:03 78 HANG 0:00:00 0:00:00 0 NO_SERVER";
    private static final String PHANTOM = "AA0101 35207 64183213 2 PS 990210 19:52:09 19:52:15 6"
            + " 19:52:15 19:54:13 118 PHANTOM 19:54:13 19:54:17 4 NO_SERVER";
    private static final String NEVER_QUEUED =
            "AA0101 35140 0 0 PS 990210 7:13:12 7:19:09 357" + " 0:00:00 0:00:00 0 HANG 0:00:00 0:00:00 0 NO_SERVER";
    private static final String UNIDENTIFIED = "AA0101 35163 0 0 NW 990210 11:18:23 11:18:32 9"
            + " 11:18:32 11:23:50 318 AGENT 11:23:49 11:24:38 49 YIFAT";
    private static final String ANSWERED_BEFORE_MIDNIGHT = "AA0109 30188 31880107 1 PS 990210 23:49:03 23:49:08 5"
            + " 23:49:08 23:52:55 227 AGENT 23:52:54 0:01:36 522 MIKI";
    private static final String ABANDONED_AFTER_MIDNIGHT =
            "AA0105 35608 0 0 NW 990210 23:59:19 23:59:19 0" + " 23:59:29 0:00:26 57 HANG 0:00:00 0:00:00 0 NO_SERVER";

    private final BankCallRecords records = new BankCallRecords(ZoneId.of("Asia/Jerusalem"));

    @Test
    void answeredRowShouldBecomeQueuedAnsweredEnded() {
        assertThat(parse(ANSWERED))
                .containsExactly(new ImportedLine.Recorded(
                        2,
                        List.of(
                                // answered 19:26:54 local after 15 s in the queue
                                new ContactQueued(
                                        id("AA0101/35205/990210/queued"),
                                        Instant.parse("1999-02-10T17:26:39Z"),
                                        "PS",
                                        id("AA0101/35205/990210"),
                                        "bank-24442634",
                                        QueueEvent.CURRENT_VERSION),
                                new ContactAnswered(
                                        id("AA0101/35205/990210/answered"),
                                        Instant.parse("1999-02-10T17:26:54Z"),
                                        "PS",
                                        id("AA0101/35205/990210"),
                                        "ANAT",
                                        QueueEvent.CURRENT_VERSION),
                                new ContactEnded(
                                        id("AA0101/35205/990210/ended"),
                                        Instant.parse("1999-02-10T17:30:51Z"),
                                        "PS",
                                        id("AA0101/35205/990210"),
                                        "ANAT",
                                        EndedBy.UNKNOWN,
                                        QueueEvent.CURRENT_VERSION))));
    }

    @Test
    void abandonedRowShouldBecomeQueuedThenLeftQueueAbandoned() {
        assertThat(parse(ABANDONED))
                .containsExactly(new ImportedLine.Recorded(
                        2,
                        List.of(
                                // left 9:59:03 local after 78 s in the queue
                                new ContactQueued(
                                        id("AA0101/35154/990210/queued"),
                                        Instant.parse("1999-02-10T07:57:45Z"),
                                        "PS",
                                        id("AA0101/35154/990210"),
                                        "bank-68321975",
                                        QueueEvent.CURRENT_VERSION),
                                new ContactLeftQueue(
                                        id("AA0101/35154/990210/left-queue"),
                                        Instant.parse("1999-02-10T07:59:03Z"),
                                        "PS",
                                        id("AA0101/35154/990210"),
                                        LeaveReason.ABANDONED,
                                        QueueEvent.CURRENT_VERSION))));
    }

    @Test
    void phantomRowShouldBeSkipped() {
        assertThat(parse(PHANTOM)).containsExactly(new ImportedLine.Skipped(2, "outcome PHANTOM"));
    }

    @Test
    void rowThatNeverReachedTheQueueShouldBeSkipped() {
        assertThat(parse(NEVER_QUEUED)).containsExactly(new ImportedLine.Skipped(2, "never reached a queue"));
    }

    @Test
    void unidentifiedCustomerShouldHaveNoPatientReference() {
        ImportedLine.Recorded recorded =
                (ImportedLine.Recorded) parse(UNIDENTIFIED).get(0);

        // answered 11:23:49 local after 318 s: queued 11:18:31, a second before q_start as the data has it
        assertThat(recorded.events().get(0))
                .isEqualTo(new ContactQueued(
                        id("AA0101/35163/990210/queued"),
                        Instant.parse("1999-02-10T09:18:31Z"),
                        "NW",
                        id("AA0101/35163/990210"),
                        null,
                        QueueEvent.CURRENT_VERSION));
    }

    @Test
    void timesAfterMidnightShouldFallOnTheNextDay() {
        List<ImportedLine> lines = parse(ANSWERED_BEFORE_MIDNIGHT, ABANDONED_AFTER_MIDNIGHT);

        // ser_exit 0:01:36 is 11 February 00:01:36 local
        assertThat(occurrences(lines.get(0)))
                .containsExactly(
                        Instant.parse("1999-02-10T21:49:07Z"),
                        Instant.parse("1999-02-10T21:52:54Z"),
                        Instant.parse("1999-02-10T22:01:36Z"));
        // q_exit 0:00:26 is 11 February 00:00:26 local, 57 s after it queued at 23:59:29
        assertThat(occurrences(lines.get(1)))
                .containsExactly(Instant.parse("1999-02-10T21:59:29Z"), Instant.parse("1999-02-10T22:00:26Z"));
    }

    @Test
    void timeSecondsBeforeTheVruEntryShouldStayOnTheSameDay() {
        // A real row of 31 March 1999 (UTC+2): the queue exit is logged 16 s before the VRU entry.
        String skewed = "AA0214 16649 55390488 2 PS 990331 8:55:29 8:55:29 0"
                + " 8:55:00 8:55:13 13 HANG 0:00:00 0:00:00 0 NO_SERVER";

        assertThat(occurrences(parse(skewed).get(0)))
                .containsExactly(Instant.parse("1999-03-31T06:55:00Z"), Instant.parse("1999-03-31T06:55:13Z"));
    }

    @Test
    void timeInTheSpringForwardGapShouldMoveAheadByTheGap() {
        // Clocks in Jerusalem went from 2:00 to 3:00 on 2 April 1999, so 2:30:10 is read as 3:30:10 UTC+3.
        String inGap =
                "AA0101 1 0 0 PS 990402 2:29:00 2:29:10 10 2:29:10 2:30:10 60 HANG 0:00:00 0:00:00 0" + " NO_SERVER";

        assertThat(occurrences(parse(inGap).get(0)))
                .containsExactly(Instant.parse("1999-04-02T00:29:10Z"), Instant.parse("1999-04-02T00:30:10Z"));
    }

    @Test
    void timeInTheAutumnOverlapShouldTakeTheEarlierOffset() {
        // Clocks in Jerusalem went from 2:00 back to 1:00 on 3 September 1999; 1:30:00 is read as UTC+3.
        String inOverlap =
                "AA0101 1 0 0 PS 990903 1:29:00 1:29:10 10 1:29:10 1:30:00 50 HANG 0:00:00 0:00:00 0" + " NO_SERVER";

        assertThat(occurrences(parse(inOverlap).get(0)))
                .containsExactly(Instant.parse("1999-09-02T22:29:10Z"), Instant.parse("1999-09-02T22:30:00Z"));
    }

    @Test
    void malformedRowShouldNotStopTheRowsAroundIt() {
        String badTime = ANSWERED.replace("19:30:51", "19:3o:51");

        List<ImportedLine> lines = parse(ABANDONED, badTime, UNIDENTIFIED);

        assertThat(lines).extracting(ImportedLine::lineNumber).containsExactly(2L, 3L, 4L);
        assertThat(lines.get(0)).isInstanceOf(ImportedLine.Recorded.class);
        assertThat(lines.get(1))
                .isEqualTo(new ImportedLine.Malformed(3, "ser_exit is '19:3o:51', expected a time H:MM:SS"));
        assertThat(lines.get(2)).isInstanceOf(ImportedLine.Recorded.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "990210;990230;date is '990230', expected a date YYMMDD",
                "19:26:54;19:26:5;ser_start is '19:26:5', expected a time H:MM:SS",
                "15 AGENT;1.5 AGENT;q_time is '1.5', expected a whole number",
                "AGENT;BUSY;outcome is 'BUSY', expected AGENT, HANG or PHANTOM",
                "24442634;6.02111E+11;customer_id is '6.02111E+11', expected a whole number",
                "237 ANAT;237;expected 17 tab-separated fields, found 16"
            })
    void malformedFieldShouldBeNamedWithItsValue(String good, String bad, String message) {
        assertThat(parse(ANSWERED.replace(good, bad))).containsExactly(new ImportedLine.Malformed(2, message));
    }

    @Test
    void gzippedFileShouldReadLikePlainText(@TempDir Path directory) throws IOException {
        Path plain = Files.writeString(directory.resolve("plain.txt"), text(ANSWERED, ABANDONED));
        Path gzipped = directory.resolve("gzipped.txt");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(text(ANSWERED, ABANDONED).getBytes(UTF_8));
        }

        List<ImportedLine> fromGzip = parseFile(gzipped);

        assertThat(fromGzip).hasSize(2).allMatch(ImportedLine.Recorded.class::isInstance);
        assertThat(fromGzip).isEqualTo(parseFile(plain));
    }

    @Test
    void parsingTwiceShouldGiveEqualEvents() throws Exception {
        Path day = fixture();

        assertThat(parseFile(day)).isEqualTo(parseFile(day));
    }

    @Test
    void callIdRepeatedOnAnotherVruLineShouldBeAnotherContact() {
        // Call id 35205 appears twice on 10 February 1999, on VRU lines AA0101 and AA0203.
        String sameCallId = "AA0203 35205 0 0 PS 990210 6:53:44 6:55:24 100 6:55:24 6:55:40 16 HANG"
                + " 0:00:00 0:00:00 0 NO_SERVER";

        List<ImportedLine> lines = parse(ANSWERED, sameCallId);

        assertThat(contactIdOf(lines.get(0))).isEqualTo(id("AA0101/35205/990210"));
        assertThat(contactIdOf(lines.get(1))).isEqualTo(id("AA0203/35205/990210"));
    }

    @Test
    void tenthOfFebruaryShouldGiveTheCountsPerQueueThatAwkFinds() throws Exception {
        List<String> rawLines = Files.readAllLines(fixture());

        List<ImportedLine> lines = parseFile(fixture());

        // awk -F'\t' 'NR > 1 { k = $3 !~ /^[0-9]+$/ ? "malformed" : $13 == "PHANTOM" ? "skipped"
        //     : $14 != "0:00:00" ? "answered" : $10 != "0:00:00" ? "abandoned" : "skipped"; n[$5 " " k]++ }
        //     END { for (x in n) print x, n[x] }' anonymous-bank-1999-02-10.txt | sort
        assertThat(lines.stream().collect(groupingBy(line -> queueAndKind(line, rawLines), counting())))
                .containsOnly(
                        Map.entry("IN abandoned", 1L),
                        Map.entry("IN answered", 5L),
                        Map.entry("NE abandoned", 9L),
                        Map.entry("NE answered", 137L),
                        Map.entry("NE skipped", 1L),
                        Map.entry("NW abandoned", 118L),
                        Map.entry("NW answered", 251L),
                        Map.entry("NW skipped", 35L),
                        Map.entry("PE answered", 13L),
                        Map.entry("PS abandoned", 123L),
                        Map.entry("PS answered", 883L),
                        Map.entry("PS malformed", 1L),
                        Map.entry("PS skipped", 60L),
                        Map.entry("TT abandoned", 1L),
                        Map.entry("TT answered", 55L),
                        Map.entry("TT skipped", 4L));
    }

    @Test
    void everyEventOfTheRealDayShouldHaveItsOwnIdAndComeInOccurrenceOrder() throws Exception {
        List<ImportedLine> lines = parseFile(fixture());

        List<QueueEvent> events = lines.stream()
                .filter(ImportedLine.Recorded.class::isInstance)
                .flatMap(line -> ((ImportedLine.Recorded) line).events().stream())
                .toList();

        // 1344 answered rows of three events, 252 abandoned rows of two
        assertThat(events)
                .extracting(QueueEvent::eventId)
                .hasSize(1344 * 3 + 252 * 2)
                .doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(line -> assertThat(occurrences(line)).isSorted());
    }

    private List<ImportedLine> parse(String... rows) {
        try (Stream<ImportedLine> lines = records.parse(new BufferedReader(new StringReader(text(rows))))) {
            return lines.toList();
        }
    }

    private List<ImportedLine> parseFile(Path file) throws IOException {
        try (Stream<ImportedLine> lines = records.parse(file)) {
            return lines.toList();
        }
    }

    /** The header and the rows, each written with spaces for readability and turned into tabs here. */
    private static String text(String... rows) {
        return Stream.concat(Stream.of(HEADER), Stream.of(rows))
                .map(row -> row.replace(' ', '\t'))
                .collect(joining("\n", "", "\n"));
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(BankCallRecordsTest.class
                .getResource("/imports/anonymous-bank-1999-02-10.txt")
                .toURI());
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("anonymous-bank/" + key).getBytes(UTF_8));
    }

    private static List<Instant> occurrences(ImportedLine line) {
        return line instanceof ImportedLine.Recorded recorded
                ? recorded.events().stream().map(QueueEvent::occurredAt).toList()
                : List.of();
    }

    private static UUID contactIdOf(ImportedLine line) {
        return ((ContactQueued) ((ImportedLine.Recorded) line).events().get(0)).contactId();
    }

    private static String queueAndKind(ImportedLine line, List<String> rawLines) {
        String queue = rawLines.get((int) line.lineNumber() - 1).split("\t")[4];
        return queue + " " + kind(line);
    }

    private static String kind(ImportedLine line) {
        if (line instanceof ImportedLine.Recorded recorded) {
            return recorded.events().stream().anyMatch(ContactAnswered.class::isInstance) ? "answered" : "abandoned";
        }
        return line instanceof ImportedLine.Malformed ? "malformed" : "skipped";
    }
}
