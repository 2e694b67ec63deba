package org.trialline.callrecords;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.ContactQueued;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;

/** Reads {@code imports/asterisk-queue_log.txt}; the line numbers below are that file's. */
class AsteriskQueueLogTest {

    // assertEvents ignores event ids; parsingTwiceShouldGiveEqualEventsEachWithItsOwnId checks them.
    private static final UUID ANY_ID = new UUID(0, 0);
    private static final int VERSION = QueueEvent.CURRENT_VERSION;

    private final AsteriskQueueLog queueLog = new AsteriskQueueLog();

    private Map<Long, ImportedLine> lines;

    @BeforeEach
    void parseFixture() throws Exception {
        Path file = Path.of(
                getClass().getResource("/imports/asterisk-queue_log.txt").toURI());
        try (Stream<ImportedLine> parsed = queueLog.parse(file)) {
            lines = parsed.collect(Collectors.toMap(ImportedLine::lineNumber, Function.identity()));
        }
    }

    @Test
    void everyLineShouldYieldOneResult() {
        assertThat(lines).hasSize(36);
    }

    @Test
    void enterQueueShouldQueueTheCallWithoutTheCallersNumber() {
        // 1772435100 is 2026-03-02T07:05:00Z
        assertEvents(7)
                .containsExactly(
                        new ContactQueued(ANY_ID, at("07:05:00"), "heart2-es", call("1772435100.11"), null, VERSION));
    }

    @Test
    void ringNoAnswerShouldOfferTheCallAndRecordTheMissAfterTheRingTime() {
        // rang PJSIP/7002 for 15000 ms until 07:05:15
        assertEvents(8)
                .containsExactly(
                        new ContactOffered(
                                ANY_ID, at("07:05:00"), "heart2-es", call("1772435100.11"), "PJSIP/7002", VERSION),
                        new ContactOfferMissed(
                                ANY_ID, at("07:05:15"), "heart2-es", call("1772435100.11"), "PJSIP/7002", VERSION));
    }

    @Test
    void connectShouldAnswerTheCallByTheMember() {
        assertEvents(9)
                .containsExactly(new ContactAnswered(
                        ANY_ID, at("07:05:21"), "heart2-es", call("1772435100.11"), "PJSIP/7001", VERSION));
    }

    @Test
    void completionShouldEndTheCallByWhoeverHungUp() {
        assertEvents(11)
                .containsExactly(new ContactEnded(
                        ANY_ID,
                        at("07:08:26"),
                        "heart2-es",
                        call("1772435100.11"),
                        "PJSIP/7001",
                        EndedBy.PATIENT,
                        VERSION));
        assertEvents(16)
                .containsExactly(new ContactEnded(
                        ANY_ID,
                        at("07:17:08"),
                        "heart2-es",
                        call("1772435700.25"),
                        "PJSIP/7002",
                        EndedBy.AGENT,
                        VERSION));
    }

    @Test
    void blindAndAttendedTransfersShouldEndTheCallByTransfer() {
        assertEvents(19)
                .containsExactly(new ContactEnded(
                        ANY_ID,
                        at("07:21:05"),
                        "heart2-es",
                        call("1772436000.31"),
                        "PJSIP/7001",
                        EndedBy.TRANSFER,
                        VERSION));
        assertEvents(22)
                .containsExactly(new ContactEnded(
                        ANY_ID,
                        at("07:26:44"),
                        "heart2-es",
                        call("1772436300.35"),
                        "PJSIP/7002",
                        EndedBy.TRANSFER,
                        VERSION));
    }

    @Test
    void exitsBeforeAnAnswerShouldLeaveTheQueueWithTheirReason() {
        assertEvents(13)
                .containsExactly(new ContactLeftQueue(
                        ANY_ID, at("07:10:42"), "heart2-es", call("1772435400.21"), LeaveReason.ABANDONED, VERSION));
        assertEvents(24)
                .containsExactly(new ContactLeftQueue(
                        ANY_ID, at("07:35:00"), "heart2-es", call("1772436600.41"), LeaveReason.TIMEOUT, VERSION));
        assertEvents(26)
                .containsExactly(new ContactLeftQueue(
                        ANY_ID, at("07:36:12"), "heart2-es", call("1772436960.45"), LeaveReason.EXIT_KEY, VERSION));
        assertEvents(28)
                .containsExactly(new ContactLeftQueue(
                        ANY_ID,
                        at("07:40:03"),
                        "heart2-en",
                        contact("1772437200.51", "heart2-en"),
                        LeaveReason.FLOW_OUT,
                        VERSION));
    }

    @Test
    void addAndRemoveMemberShouldChangeMembership() {
        assertThat(lines.get(4L))
                .isEqualTo(new ImportedLine.MembershipChanged(4, at("07:01:01"), "heart2-es", "PJSIP/7001", true));
        assertThat(lines.get(5L))
                .isEqualTo(new ImportedLine.MembershipChanged(5, at("07:01:10"), "heart2-es", "PJSIP/7002", true));
        assertThat(lines.get(35L))
                .isEqualTo(new ImportedLine.MembershipChanged(35, at("09:10:00"), "heart2-es", "PJSIP/7002", false));
    }

    @Test
    void pauseShouldPutTheMemberOnBreakWithTheReasonGiven() {
        assertEvents(29)
                .containsExactly(agentState(at("07:45:00"), "heart2-es", "PJSIP/7001", AgentState.BREAK, "lunch"));
        assertEvents(31).containsExactly(agentState(at("07:45:10"), "heart2-es", "PJSIP/7002", AgentState.BREAK, null));
    }

    @Test
    void unpauseAndLoginShouldMakeTheAgentAvailableAndLogoffOffline() {
        assertEvents(6)
                .containsExactly(agentState(at("07:01:15"), "heart2-es", "PJSIP/7001", AgentState.AVAILABLE, null));
        assertEvents(32)
                .containsExactly(agentState(at("08:15:00"), "heart2-es", "PJSIP/7001", AgentState.AVAILABLE, null));
        assertEvents(3).containsExactly(agentState(at("07:01:00"), null, "Agent/7001", AgentState.AVAILABLE, null));
        assertEvents(36).containsExactly(agentState(at("09:11:00"), null, "Agent/7001", AgentState.OFFLINE, null));
    }

    @Test
    void housekeepingAndUnknownEventsShouldBeSkippedWithTheirName() {
        assertThat(List.of(lines.get(1L), lines.get(2L), lines.get(30L), lines.get(33L), lines.get(34L)))
                .containsExactly(
                        new ImportedLine.Skipped(1, "event QUEUESTART is not imported"),
                        new ImportedLine.Skipped(2, "event CONFIGRELOAD is not imported"),
                        new ImportedLine.Skipped(30, "event PAUSEALL is not imported"),
                        new ImportedLine.Skipped(33, "event RINGCANCELED is not imported"),
                        new ImportedLine.Skipped(34, "event SHIFTNOTE is not imported"));
    }

    @Test
    void malformedLineShouldNotStopTheLinesAfterIt() {
        assertThat(lines.get(10L))
                .isEqualTo(new ImportedLine.Malformed(10, "epoch is '17724352x0', expected whole seconds since 1970"));
        assertThat(lines.values())
                .filteredOn(ImportedLine.Malformed.class::isInstance)
                .hasSize(1);
        assertThat(lines.get(11L)).isInstanceOf(ImportedLine.Recorded.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            value = {
                "1772435100|1772435100.11|heart2-es; expected at least 5 |-separated fields, found 3",
                "1772435100||heart2-es|NONE|ENTERQUEUE||5550142|1; callid is '', but ENTERQUEUE needs one",
                "1772435100|NONE|heart2-es|NONE|ENTERQUEUE||5550142|1; callid is 'NONE', but ENTERQUEUE needs one",
                "1772435100|1772435100.11|NONE|NONE|ENTERQUEUE||5550142|1; queue is 'NONE', but ENTERQUEUE needs one",
                "1772435121|1772435100.11|heart2-es|NONE|CONNECT|21; agent is 'NONE', but CONNECT needs one",
                "1772435115|1772435100.11|heart2-es|PJSIP/7002|RINGNOANSWER; data1 (ringtime) is '', expected a whole"
                        + " number",
                "1772435115|1772435100.11|heart2-es|PJSIP/7002|RINGNOANSWER|15s; data1 (ringtime) is '15s', expected a"
                        + " whole number",
                "1772435115|1772435100.11|heart2-es|PJSIP/7002||15000; event is '', expected an event name",
                "1772435100.5|1772435100.11|heart2-es|NONE|ENTERQUEUE||5550142|1; epoch is '1772435100.5', expected"
                        + " whole seconds since 1970"
            })
    void malformedLineShouldNameTheFieldAndItsValue(String line, String message) {
        assertThat(parse(line)).containsExactly(new ImportedLine.Malformed(1, message));
    }

    @Test
    void eventsOfOneCallShouldShareAContactIdMadeOfCallIdAndQueue() {
        assertThat(Stream.of(7L, 8L, 9L, 11L).flatMap(n -> events(n).stream()))
                .hasSize(5)
                .extracting(event -> ((ContactEvent) event).contactId())
                .containsOnly(UUID.nameUUIDFromBytes("asterisk/1772435100.11/heart2-es".getBytes(UTF_8)));
    }

    @Test
    void parsingTwiceShouldGiveEqualEventsEachWithItsOwnId() throws Exception {
        Map<Long, ImportedLine> first = lines;

        parseFixture();

        assertThat(lines).isEqualTo(first);
        assertThat(first.values().stream()
                        .filter(ImportedLine.Recorded.class::isInstance)
                        .flatMap(line -> ((ImportedLine.Recorded) line).events().stream()))
                .extracting(QueueEvent::eventId)
                // 27 lines record events, RINGNOANSWER on line 8 two of them
                .hasSize(28)
                .doesNotHaveDuplicates();
    }

    private List<QueueEvent> events(long lineNumber) {
        assertThat(lines.get(lineNumber)).isInstanceOf(ImportedLine.Recorded.class);
        return ((ImportedLine.Recorded) lines.get(lineNumber)).events();
    }

    private ListAssert<QueueEvent> assertEvents(long lineNumber) {
        return assertThat(events(lineNumber))
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        .withIgnoredFields("eventId")
                        .withStrictTypeChecking(true)
                        .build());
    }

    private List<ImportedLine> parse(String text) {
        try (Stream<ImportedLine> parsed = queueLog.parse(new BufferedReader(new StringReader(text)))) {
            return parsed.toList();
        }
    }

    /** A time of day on 2 March 2026, UTC, the day of the fixture. */
    private static Instant at(String utcTime) {
        return Instant.parse("2026-03-02T" + utcTime + "Z");
    }

    private static UUID call(String callId) {
        return contact(callId, "heart2-es");
    }

    private static UUID contact(String callId, String queue) {
        return UUID.nameUUIDFromBytes(("asterisk/" + callId + "/" + queue).getBytes(UTF_8));
    }

    private static AgentStateChanged agentState(
            Instant at, String queue, String agent, AgentState state, String reason) {
        return new AgentStateChanged(ANY_ID, at, queue, agent, state, reason, at, VERSION);
    }
}
