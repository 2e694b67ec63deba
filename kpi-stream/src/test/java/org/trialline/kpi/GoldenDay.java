package org.trialline.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.trialline.events.AgentState;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;
import org.trialline.events.ServiceLevelVariant;
import org.trialline.kpi.view.Figures;
import org.trialline.kpi.view.Snapshot;

/**
 * A morning of two queues worked out by hand. Queue GOLD (HEART-2, Spanish) has T = 20 s and a short-abandon time
 * S = 5 s; GOLD-EN (HEART-2, English) the same. Ana (a1) speaks both languages, Ben (a2) Spanish only; a3 has no
 * skills on record. Every time is UTC on 10 March 2026, which is the centre's zone in these tests.
 *
 * <pre>
 * contact queue   entered  then                                                   wait  patient
 * c0      GOLD    08:40:00 answered 08:40:05 by a3, ended 08:41:05                  5 s  -
 * c1      GOLD    09:00:00 abandoned 09:00:03: a short abandon (3 s &lt;= S)           3 s  -
 * c2      GOLD    09:00:10 abandoned 09:00:30: at exactly T, so not after T        20 s  -
 * c3      GOLD    09:01:00 abandoned 09:01:21: just after T                        21 s  -
 * c4      GOLD    09:02:00 answered 09:02:20 by a1 (exactly T: within), hold       20 s  P1
 *                          09:03:00-09:03:30, ended 09:05:20, wrap-up 09:06:20
 *                          resolved on first contact, survey 5
 * c5      GOLD    09:02:30 answered 09:02:51 by a2 (21 s: not within), ended       21 s  P2
 *                          09:04:51 by transfer, wrap-up 09:04:56 follow-up, survey 3
 * c6      GOLD    09:04:51 the transferred call: answered 09:05:01 by a2, ended    10 s  P2
 *                          09:07:01, wrap-up 09:07:31 enrolled
 * c7      GOLD    09:03:00 left for a callback 09:03:40                            40 s  P3
 * c8      GOLD    09:06:00 still waiting                                            -   P4
 * e1      GOLD-EN 09:05:00 abandoned 09:05:30 (after T)                            30 s  P5
 * </pre>
 *
 * The clock is the latest event time, 09:07:31. The 15-minute window is the minutes 08:53 to 09:07, so it holds
 * c1-c8 but not c0; the 30 and 60-minute windows and today hold c0 too.
 */
public final class GoldenDay {

    public static final String GOLD = "GOLD";
    public static final String GOLD_EN = "GOLD-EN";
    public static final double EPSILON = 1e-9;

    private GoldenDay() {}

    public static CentreEvents centre() {
        CentreEvents c = new CentreEvents("2026-03-10")
                .queue(GOLD, "HEART-2", "es", ServiceLevelVariant.STANDARD)
                .queue(GOLD_EN, "HEART-2", "en", ServiceLevelVariant.STANDARD)
                .agent("a1", "Ana", "HEART-2", "es", "en")
                .agent("a2", "Ben", "HEART-2", "es");
        c.queued(GOLD, "c0", "08:40:00", null)
                .answered(GOLD, "c0", "08:40:05", "a3")
                .ended(GOLD, "c0", "08:41:05", "a3", EndedBy.AGENT);
        c.agentState("a1", "09:00:00", AgentState.AVAILABLE, null, null)
                .agentState("a2", "09:00:00", AgentState.AVAILABLE, null, null);
        c.queued(GOLD, "c1", "09:00:00", null).left(GOLD, "c1", "09:00:03", LeaveReason.ABANDONED);
        c.queued(GOLD, "c2", "09:00:10", null).left(GOLD, "c2", "09:00:30", LeaveReason.ABANDONED);
        c.queued(GOLD, "c3", "09:01:00", null).left(GOLD, "c3", "09:01:21", LeaveReason.ABANDONED);
        c.queued(GOLD, "c4", "09:02:00", "P1")
                .answered(GOLD, "c4", "09:02:20", "a1")
                .agentState("a1", "09:02:20", AgentState.ON_CONTACT, null, GOLD)
                .hold(GOLD, "c4", "09:03:00", "09:03:30", "a1")
                .ended(GOLD, "c4", "09:05:20", "a1", EndedBy.PATIENT)
                .agentState("a1", "09:05:20", AgentState.AFTER_CONTACT_WORK, null, GOLD)
                .wrapped(GOLD, "c4", "09:06:20", "a1", Disposition.RESOLVED_FIRST_CONTACT)
                .agentState("a1", "09:06:20", AgentState.AVAILABLE, null, null)
                .survey(GOLD, "c4", "09:06:30", 5);
        c.queued(GOLD, "c5", "09:02:30", "P2")
                .answered(GOLD, "c5", "09:02:51", "a2")
                .agentState("a2", "09:02:51", AgentState.ON_CONTACT, null, GOLD)
                .ended(GOLD, "c5", "09:04:51", "a2", EndedBy.TRANSFER)
                .agentState("a2", "09:04:51", AgentState.AFTER_CONTACT_WORK, null, GOLD)
                .wrapped(GOLD, "c5", "09:04:56", "a2", Disposition.FOLLOW_UP_NEEDED)
                .agentState("a2", "09:04:56", AgentState.AVAILABLE, null, null)
                .survey(GOLD, "c5", "09:05:10", 3);
        c.queued(GOLD, "c6", "09:04:51", "P2")
                .answered(GOLD, "c6", "09:05:01", "a2")
                .agentState("a2", "09:05:01", AgentState.ON_CONTACT, null, GOLD)
                .ended(GOLD, "c6", "09:07:01", "a2", EndedBy.AGENT)
                .agentState("a2", "09:07:01", AgentState.AFTER_CONTACT_WORK, null, GOLD)
                .wrapped(GOLD, "c6", "09:07:31", "a2", Disposition.ENROLLED)
                .agentState("a2", "09:07:31", AgentState.AVAILABLE, null, null);
        c.queued(GOLD, "c7", "09:03:00", "P3").left(GOLD, "c7", "09:03:40", LeaveReason.CALLBACK_REQUESTED);
        c.queued(GOLD, "c8", "09:06:00", "P4");
        c.queued(GOLD_EN, "e1", "09:05:00", "P5").left(GOLD_EN, "e1", "09:05:30", LeaveReason.ABANDONED);
        return c;
    }

    public static List<QueueEvent> events() {
        return centre().events();
    }

    /** Every figure of queue GOLD, against the hand computation above. */
    public static void assertQueueGold(Snapshot snapshot) {
        assertThat(snapshot.group()).isEqualTo("queue:GOLD");
        assertThat(snapshot.asOf()).isEqualTo(Instant.parse("2026-03-10T09:07:31Z"));

        // live: c8 waits since 09:06:00, 91 s before the clock; Ana and Ben are both available
        assertThat(snapshot.waiting()).isEqualTo(1);
        assertThat(snapshot.oldestEnqueuedAt()).isEqualTo(Instant.parse("2026-03-10T09:06:00Z"));
        assertThat(snapshot.oldestWaitSeconds()).isEqualTo(91.0);
        assertThat(snapshot.longestWaiting())
                .singleElement()
                .satisfies(waiting -> assertThat(waiting.contactId())
                        .isEqualTo(CentreEvents.contact("c8").toString()));
        assertThat(snapshot.agentsByState()).containsEntry("AVAILABLE", 2).containsEntry("ON_CONTACT", 0);
        assertThat(snapshot.agents())
                .extracting(Snapshot.AgentView::id, Snapshot.AgentView::name, Snapshot.AgentView::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a1", "Ana", "AVAILABLE"),
                        org.assertj.core.groups.Tuple.tuple("a2", "Ben", "AVAILABLE"));
        assertThat(snapshot.agents().get(0).since()).isEqualTo(Instant.parse("2026-03-10T09:06:20Z"));

        Figures m15 = snapshot.windows().get("15m");
        assertThat(m15.from()).isEqualTo(Instant.parse("2026-03-10T08:53:00Z"));
        // c1-c8: 8 entered; c4, c5, c6 answered, c4 (20 s) and c6 (10 s) within T
        assertThat(m15.offered()).isEqualTo(8);
        assertThat(m15.answered()).isEqualTo(3);
        assertThat(m15.answeredWithin()).isEqualTo(2);
        // c2 and c3 abandoned, c3 after T; c1 is a short abandon; c7 left for a callback
        assertThat(m15.abandoned()).isEqualTo(2);
        assertThat(m15.abandonedAfter()).isEqualTo(1);
        assertThat(m15.shortAbandoned()).isEqualTo(1);
        assertThat(m15.leftOther()).isEqualTo(1);
        assertThat(m15.callbacksRequested()).isEqualTo(1);
        // standard 2 / (3 + 1); Asterisk 2 / 3; Connect: c2, c4, c6 gone within T of 8 - 1 short abandon
        assertThat(m15.serviceLevelStandard()).isCloseTo(0.5, within(EPSILON));
        assertThat(m15.serviceLevelAsterisk()).isCloseTo(2.0 / 3, within(EPSILON));
        assertThat(m15.serviceLevelConnect()).isCloseTo(3.0 / 7, within(EPSILON));
        assertThat(m15.serviceLevel()).isEqualTo(m15.serviceLevelStandard());
        assertThat(m15.serviceLevelVariant()).isEqualTo("STANDARD");
        // 2 abandoned of 8 - 1 short abandon
        assertThat(m15.abandonmentRate()).isCloseTo(2.0 / 7, within(EPSILON));
        // waits 20 + 21 + 10 over 3
        assertThat(m15.asaSeconds()).isCloseTo(17.0, within(EPSILON));
        // c4 180 + 60, c5 120 + 5, c6 120 + 30: 515 s over 3; hold 30 s over 3
        assertThat(m15.handled()).isEqualTo(3);
        assertThat(m15.transferred()).isEqualTo(1);
        assertThat(m15.ahtSeconds()).isCloseTo(515.0 / 3, within(EPSILON));
        assertThat(m15.holdSeconds()).isCloseTo(10.0, within(EPSILON));
        // available: Ana 09:00:00-09:02:20 (140 s) and 09:06:20-09:07:31 (71 s); Ben 09:00:00-09:02:51 (171 s) and
        // 09:04:56-09:05:01 (5 s): 387 s
        assertThat(m15.occupancy()).isCloseTo(515.0 / (515 + 387), within(EPSILON));
        // c4 resolved of c4, c5, c6 wrapped up
        assertThat(m15.disposed()).isEqualTo(3);
        assertThat(m15.firstContactResolution()).isCloseTo(1.0 / 3, within(EPSILON));
        // surveys 5 and 3
        assertThat(m15.surveys()).isEqualTo(2);
        assertThat(m15.csat()).isCloseTo(4.0, within(EPSILON));
        assertThat(m15.csatSatisfied()).isCloseTo(0.5, within(EPSILON));
        // P1-P4 called; P2 enrolled through c6
        assertThat(m15.funnel()).isEqualTo(new Figures.Funnel(4, 1, 1, 1, 0.25));

        for (String window : List.of("today", "30m", "60m")) {
            Figures f = snapshot.windows().get(window);
            // c0 joins: answered within T after 5 s, handled in 60 s with no wrap-up
            assertThat(f.offered()).as(window).isEqualTo(9);
            assertThat(f.answered()).as(window).isEqualTo(4);
            assertThat(f.answeredWithin()).as(window).isEqualTo(3);
            assertThat(f.abandoned()).as(window).isEqualTo(2);
            assertThat(f.shortAbandoned()).as(window).isEqualTo(1);
            assertThat(f.serviceLevelStandard()).as(window).isCloseTo(3.0 / 5, within(EPSILON));
            assertThat(f.serviceLevelAsterisk()).as(window).isCloseTo(3.0 / 4, within(EPSILON));
            assertThat(f.serviceLevelConnect()).as(window).isCloseTo(4.0 / 8, within(EPSILON));
            assertThat(f.abandonmentRate()).as(window).isCloseTo(2.0 / 8, within(EPSILON));
            assertThat(f.asaSeconds()).as(window).isCloseTo(56.0 / 4, within(EPSILON));
            assertThat(f.handled()).as(window).isEqualTo(4);
            assertThat(f.ahtSeconds()).as(window).isCloseTo(575.0 / 4, within(EPSILON));
            assertThat(f.holdSeconds()).as(window).isCloseTo(7.5, within(EPSILON));
            assertThat(f.occupancy()).as(window).isCloseTo(575.0 / (575 + 387), within(EPSILON));
            assertThat(f.firstContactResolution()).as(window).isCloseTo(1.0 / 3, within(EPSILON));
            assertThat(f.csat()).as(window).isCloseTo(4.0, within(EPSILON));
            assertThat(f.funnel()).as(window).isEqualTo(new Figures.Funnel(4, 1, 1, 1, 0.25));
        }
        assertThat(snapshot.windows().get("today").from()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(snapshot.windows().get("30m").from()).isEqualTo(Instant.parse("2026-03-10T08:38:00Z"));

        // default thresholds: service level 0.6 under the alert 0.7; oldest wait 91 s over the warn 60 s but not the
        // alert 120 s; abandonment 0.25 over the alert 0.1
        assertThat(snapshot.status())
                .containsEntry("serviceLevel", "ALERT")
                .containsEntry("oldestWait", "WARN")
                .containsEntry("abandonmentRate", "ALERT");
    }

    /** The trial's group: GOLD and GOLD-EN together, Ana counted once although she serves both. */
    public static void assertTrialHeart2(Snapshot snapshot) {
        assertThat(snapshot.group()).isEqualTo("trial:HEART-2");
        assertThat(snapshot.queues()).containsExactly(GOLD, GOLD_EN);
        assertThat(snapshot.agentsByState()).containsEntry("AVAILABLE", 2);
        assertThat(snapshot.agents()).extracting(Snapshot.AgentView::id).containsExactly("a1", "a2");
        Figures today = snapshot.windows().get("today");
        // GOLD's 9 and e1; e1 abandoned after T (30 s)
        assertThat(today.offered()).isEqualTo(10);
        assertThat(today.abandoned()).isEqualTo(3);
        assertThat(today.abandonedAfter()).isEqualTo(2);
        // 3 within of 4 answered + 2 abandoned after T
        assertThat(today.serviceLevelStandard()).isCloseTo(3.0 / 6, within(EPSILON));
        // 3 abandoned of 10 - 1 short abandon
        assertThat(today.abandonmentRate()).isCloseTo(3.0 / 9, within(EPSILON));
        // P1-P5 called, P2 enrolled
        assertThat(today.funnel()).isEqualTo(new Figures.Funnel(5, 1, 1, 1, 0.2));
    }
}
