package org.trialline.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.QueueEvent;

class CallPlanTest {

    private static final String HEADER = "vru+line call_id customer_id priority type date vru_entry vru_exit vru_time"
            + " q_start q_exit q_time outcome ser_start ser_exit ser_time server";
    // ANAT answers at 10:00:10 until 10:05:00; a second call of hers overlaps it; a third has no agent named
    private static final String FIRST =
            "AA0101 1 11 0 PS 990210 10:00:00 10:00:05 5" + " 10:00:05 10:00:10 5 AGENT 10:00:10 10:05:00 290 ANAT";
    private static final String OVERLAPPING =
            "AA0101 2 12 0 PE 990210 10:01:00 10:01:05 5" + " 10:01:05 10:01:30 25 AGENT 10:01:30 10:02:00 30 ANAT";
    private static final String NO_SERVER =
            "AA0101 3 0 0 PS 990210 10:03:00 10:03:05 5" + " 0:00:00 0:00:00 0 AGENT 10:03:05 10:04:00 55 NO_SERVER";
    private static final String LATER =
            "AA0101 4 13 0 PS 990210 11:00:00 11:00:05 5" + " 11:00:05 11:00:10 5 AGENT 11:00:10 11:01:00 50 ANAT";

    @TempDir
    Path folder;

    @Test
    void overlappingAndUnnamedCallsShouldGoToStandIns() throws IOException {
        CallPlan plan = plan(FIRST, OVERLAPPING, NO_SERVER, LATER);

        assertThat(answeredBy(plan)).containsExactly("ANAT", "STAND-IN-1", "STAND-IN-1", "ANAT");
        assertThat(plan.skills())
                .containsOnlyKeys("ANAT", "STAND-IN-1")
                .containsEntry("ANAT", Set.of("PS"))
                .containsEntry("STAND-IN-1", Set.of("PE", "PS"));
    }

    @Test
    void agentsShouldLogInBeforeTheirFirstCallAndOutAfterTheLast() throws IOException {
        CallPlan plan = plan(FIRST, LATER);

        List<String> anat = events(plan).stream()
                .filter(event -> event instanceof AgentStateChanged || event instanceof ContactAnswered)
                .map(event -> event instanceof AgentStateChanged changed
                        ? changed.state() + "@" + changed.occurredAt()
                        : "answered@" + event.occurredAt())
                .toList();
        assertThat(anat)
                .containsExactly(
                        AgentState.AVAILABLE + "@1999-02-10T08:00:10Z",
                        "answered@1999-02-10T08:00:10Z",
                        "answered@1999-02-10T09:00:10Z",
                        AgentState.OFFLINE + "@1999-02-10T09:01:00Z");
    }

    @Test
    void everyAnsweredCallShouldBeWrappedUpWhenItEnds() throws IOException {
        CallPlan plan = plan(FIRST);

        List<String> kinds = events(plan).stream()
                .map(event -> event.getClass().getSimpleName())
                .toList();
        assertThat(kinds)
                .containsExactly(
                        "ContactQueued",
                        "AgentStateChanged",
                        "ContactAnswered",
                        "ContactEnded",
                        "AfterContactWorkEnded",
                        "AgentStateChanged");
        AfterContactWorkEnded wrapUp = (AfterContactWorkEnded) events(plan).get(4);
        assertThat(wrapUp.occurredAt()).isEqualTo(events(plan).get(3).occurredAt());
    }

    @Test
    void theSamePlanShouldHaveTheSameIdsAndAShiftedOneOthers() throws IOException {
        CallPlan plan = plan(FIRST, OVERLAPPING, NO_SERVER);
        CallPlan again = plan(FIRST, OVERLAPPING, NO_SERVER);
        List<QueueEvent> shifted = plan.retimed(new Retiming(Duration.ofDays(10000))).stream()
                .map(CallPlan.Step::event)
                .toList();

        assertThat(ids(events(again))).isEqualTo(ids(events(plan)));
        assertThat(ids(shifted)).doesNotContainAnyElementsOf(ids(events(plan)));
    }

    private CallPlan plan(String... rows) throws IOException {
        Path file = folder.resolve("calls.txt");
        Files.writeString(
                file,
                Stream.concat(Stream.of(HEADER), Stream.of(rows))
                        .map(row -> row.replace(' ', '\t'))
                        .collect(Collectors.joining("\n", "", "\n")));
        return CallPlan.read(file, ZoneId.of("Asia/Jerusalem"), 4);
    }

    private static List<QueueEvent> events(CallPlan plan) {
        return plan.steps().stream().map(CallPlan.Step::event).toList();
    }

    private static List<String> answeredBy(CallPlan plan) {
        return events(plan).stream()
                .filter(ContactAnswered.class::isInstance)
                .map(event -> ((ContactAnswered) event).agentId())
                .toList();
    }

    private static List<String> ids(List<QueueEvent> events) {
        return events.stream().map(event -> event.eventId().toString()).toList();
    }
}
