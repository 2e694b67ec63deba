package org.trialline.wfm.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each rule alone, with penalties worked out by hand in the comments. */
class RosterConstraintsTest {

    // a Monday
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static final Queue HEART_ES = new Queue("HEART-2.es.voice", "es", "HEART-2");
    private static final Queue HEART_EN = new Queue("HEART-2.en.voice", "en", "HEART-2");

    // 07:00-15:00 with a half-hour break from 11:00: 450 minutes worked
    private static final ShiftTemplate EARLY =
            new ShiftTemplate("E", List.of(LocalTime.of(7, 0), LocalTime.of(8, 0)), 480, breakAt(240, 30), false);
    // 14:00-22:00, no break
    private static final ShiftTemplate LATE = new ShiftTemplate("L", List.of(LocalTime.of(14, 0)), 480, null, true);
    // 22:00-08:00 the next morning
    private static final ShiftTemplate NIGHT = new ShiftTemplate("N", List.of(LocalTime.of(22, 0)), 600, null, false);

    private static final ShiftOption EARLY_7 = new ShiftOption(EARLY, LocalTime.of(7, 0));
    private static final ShiftOption EARLY_8 = new ShiftOption(EARLY, LocalTime.of(8, 0));
    private static final ShiftOption LATE_14 = new ShiftOption(LATE, LocalTime.of(14, 0));
    private static final ShiftOption NIGHT_22 = new ShiftOption(NIGHT, LocalTime.of(22, 0));

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, ShiftAssignment.class);

    private static List<ShiftTemplate.Break> breakAt(int offset, int minutes) {
        return List.of(new ShiftTemplate.Break(offset, minutes));
    }

    private static Agent spanish(String id, Contract contract) {
        return new Agent(id, "Agent " + id, Set.of("es"), Set.of("HEART-2"), null, contract, null, null);
    }

    private static Agent spanish(String id) {
        return spanish(id, Contract.open());
    }

    private static Contract contract(
            Integer minMinutes,
            Integer maxMinutes,
            Map<String, Integer> maxShifts,
            Integer maxConsecutive,
            Integer minDaysOff,
            Integer maxWeekends,
            List<Contract.Succession> forbidden) {
        return new Contract(
                minMinutes,
                maxMinutes,
                null,
                null,
                maxShifts,
                null,
                maxConsecutive,
                minDaysOff,
                maxWeekends,
                Contract.DEFAULT_REST_MINUTES,
                forbidden);
    }

    private static ShiftAssignment work(Agent agent, int day, ShiftOption option) {
        return new ShiftAssignment(agent, day, MONDAY.plusDays(day)).with(option, HEART_ES);
    }

    private static ShiftAssignment off(Agent agent, int day) {
        return new ShiftAssignment(agent, day, MONDAY.plusDays(day)).with(null, HEART_ES);
    }

    /** Demand of the Spanish queue on Monday, minutes from Monday's midnight. */
    private static Demand need(int start, int end, int agents) {
        return new Demand(HEART_ES, MONDAY.atStartOfDay().plusMinutes(start), start, end, agents, 1, 1, null);
    }

    @Test
    void queueSkill() {
        Agent ana = spanish("ana");
        // the Spanish shift is fine, the English one is not: 1
        verifier.verifyThat(RosterConstraints::queueSkill)
                .given(work(ana, 0, EARLY_7), work(ana, 1, EARLY_7).with(EARLY_7, HEART_EN))
                .penalizesBy(1);
    }

    @Test
    void agentNamedForQueueHasItsSkill() {
        Agent bob = new Agent("bob", "Bob", Set.of("en"), Set.of(), Set.of(HEART_ES.id()), null, null, null);
        verifier.verifyThat(RosterConstraints::queueSkill)
                .given(work(bob, 0, EARLY_7))
                .penalizesBy(0);
    }

    @Test
    void fixedDayOff() {
        Agent ana = new Agent("ana", "Ana", Set.of("es"), Set.of("HEART-2"), null, null, Set.of(2), null);
        // works Tuesday (day 1) and Wednesday (day 2, off): 1; an unworked day off costs nothing
        verifier.verifyThat(RosterConstraints::fixedDayOff)
                .given(work(ana, 1, EARLY_7), work(ana, 2, EARLY_7), off(ana, 3))
                .penalizesBy(1);
    }

    @Test
    void unavailability() {
        // away Tuesday 12:00-13:00 (minutes 1440+720 to 1440+780)
        Agent ana = new Agent(
                "ana", "Ana", Set.of("es"), Set.of("HEART-2"), null, null, null, List.of(new Span(2160, 2220)));
        // Monday's early shift misses it; Tuesday's early (07-15) overlaps; Tuesday's late would start after
        verifier.verifyThat(RosterConstraints::unavailability)
                .given(work(ana, 0, EARLY_7), work(ana, 1, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void overlappingShifts() {
        Agent ana = spanish("ana");
        // Monday's night runs to Tuesday 08:00 and Tuesday's early starts at 07:00: one overlapping pair
        verifier.verifyThat(RosterConstraints::overlappingShifts)
                .given(work(ana, 0, NIGHT_22), work(ana, 1, EARLY_7), work(ana, 2, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void restBetweenShifts() {
        Agent ana = spanish("ana");
        // late ends Monday 22:00, early starts Tuesday 07:00: 9 h rest, 1; Tuesday 15:00 to Wednesday 07:00 is 16 h
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(work(ana, 0, LATE_14), work(ana, 1, EARLY_7), work(ana, 2, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void overlappingShiftsAreNotAlsoShortRest() {
        Agent ana = spanish("ana");
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(work(ana, 0, NIGHT_22), work(ana, 1, EARLY_7))
                .penalizesBy(0);
    }

    @Test
    void forbiddenSuccession() {
        Agent ana = spanish(
                "ana", contract(null, null, null, null, null, null, List.of(new Contract.Succession("L", "E"))));
        // L then E on Monday-Tuesday: 1; E then L on Tuesday-Wednesday is allowed; L Wednesday, E Friday not
        // consecutive
        verifier.verifyThat(RosterConstraints::forbiddenSuccession)
                .given(work(ana, 0, LATE_14), work(ana, 1, EARLY_7), work(ana, 2, LATE_14), work(ana, 4, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void maxShiftsPerTemplate() {
        Agent ana = spanish("ana", contract(null, null, Map.of("E", 2), null, null, null, null));
        // four early shifts (either start) against 2 allowed: 2; lates unlimited
        verifier.verifyThat(RosterConstraints::maxShiftsPerTemplate)
                .given(
                        work(ana, 0, EARLY_7),
                        work(ana, 1, EARLY_8),
                        work(ana, 2, EARLY_7),
                        work(ana, 3, EARLY_8),
                        work(ana, 4, LATE_14),
                        work(ana, 5, LATE_14))
                .penalizesBy(2);
    }

    @Test
    void maxMinutesPerWeek() {
        Agent ana = spanish("ana", contract(null, 1800, null, null, null, null, null));
        // week 1: 4 early (4 × 450 = 1800, at the limit) + 1 late (480) = 2280, 480 over; week 2: 1 late, under
        verifier.verifyThat(RosterConstraints::maxMinutesPerWeek)
                .given(
                        work(ana, 0, EARLY_7),
                        work(ana, 1, EARLY_7),
                        work(ana, 2, EARLY_7),
                        work(ana, 3, EARLY_7),
                        work(ana, 4, LATE_14),
                        work(ana, 7, LATE_14))
                .penalizesBy(480);
    }

    @Test
    void minMinutesPerWeek() {
        Agent ana = spanish("ana", contract(1200, null, null, null, null, null, null));
        // week 1: 2 early = 900, 300 short; week 2 (days 7, 8 only, both off): 0, 1200 short; 1500 in all
        verifier.verifyThat(RosterConstraints::minMinutesPerWeek)
                .given(work(ana, 0, EARLY_7), work(ana, 1, EARLY_7), off(ana, 2), off(ana, 7), off(ana, 8))
                .penalizesBy(1500);
    }

    @Test
    void maxConsecutiveWorkingDays() {
        Agent ana = spanish("ana", contract(null, null, null, 3, null, null, null));
        // days 0-4 in a row: 2 beyond 3; days 6-8: exactly 3
        verifier.verifyThat(RosterConstraints::maxConsecutiveWorkingDays)
                .given(
                        work(ana, 0, EARLY_7),
                        work(ana, 1, EARLY_7),
                        work(ana, 2, EARLY_7),
                        work(ana, 3, EARLY_7),
                        work(ana, 4, EARLY_7),
                        off(ana, 5),
                        work(ana, 6, EARLY_7),
                        work(ana, 7, EARLY_7),
                        work(ana, 8, EARLY_7))
                .penalizesBy(2);
    }

    @Test
    void maxMinutesInHorizon() {
        Agent ana = spanish("ana", horizon(null, 1000));
        // two earlies (900) and a late (480) over two weeks: 1380, 380 over
        verifier.verifyThat(RosterConstraints::maxMinutesInHorizon)
                .given(work(ana, 0, EARLY_7), work(ana, 8, EARLY_7), work(ana, 13, LATE_14), off(ana, 1))
                .penalizesBy(380);
    }

    @Test
    void minMinutesInHorizon() {
        Agent ana = spanish("ana", horizon(1000, null));
        Agent bea = spanish("bea", horizon(1000, null));
        // ana: one early, 450, 550 short; bea: nothing worked on her two days, 1000 short; 1550
        verifier.verifyThat(RosterConstraints::minMinutesInHorizon)
                .given(work(ana, 0, EARLY_7), off(ana, 1), off(bea, 0), off(bea, 1))
                .penalizesBy(1550);
    }

    private static Contract horizon(Integer min, Integer max) {
        return new Contract(null, null, min, max, null, null, null, null, null, Contract.DEFAULT_REST_MINUTES, null);
    }

    @Test
    void minConsecutiveWorkingDays() {
        Agent ana = spanish(
                "ana",
                new Contract(null, null, null, null, null, 3, null, null, null, Contract.DEFAULT_REST_MINUTES, null));
        // days 0-1 worked touch the horizon's start (not counted); off 2; day 3 alone (2 short of 3); off 4;
        // days 5-7 (enough); off 8; days 9-10 worked to the horizon's end at day 10 (not counted): 2
        List<ShiftAssignment> days = new ArrayList<>();
        for (int day = 0; day <= 10; day++) {
            days.add(day == 2 || day == 4 || day == 8 ? off(ana, day) : work(ana, day, EARLY_7));
        }
        verifier.verifyThat(RosterConstraints::minConsecutiveWorkingDays)
                .given(days.toArray())
                .penalizesBy(2);
    }

    @Test
    void minConsecutiveDaysOff() {
        Agent ana = spanish("ana", contract(null, null, null, null, 2, null, null));
        // off day 1 alone between work (1 short of 2), off days 3-4 (enough); days 6 on are past the last shift
        verifier.verifyThat(RosterConstraints::minConsecutiveDaysOff)
                .given(
                        work(ana, 0, EARLY_7),
                        off(ana, 1),
                        work(ana, 2, EARLY_7),
                        off(ana, 3),
                        off(ana, 4),
                        work(ana, 5, EARLY_7),
                        off(ana, 6))
                .penalizesBy(1);
    }

    @Test
    void maxWeekends() {
        Agent ana = spanish("ana", contract(null, null, null, null, null, 1, null));
        // Saturday 7 March and Sunday 8 March are one weekend; Sunday 15 March a second: 1 over
        verifier.verifyThat(RosterConstraints::maxWeekends)
                .given(work(ana, 5, EARLY_7), work(ana, 6, EARLY_7), work(ana, 13, EARLY_7), work(ana, 4, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void underCoverage() {
        Agent ana = spanish("ana");
        Agent bea = spanish("bea");
        Agent cai = spanish("cai");
        // 07:00-07:30 needs 3: ana and bea (07:00 starts) cover, cai starts at 08:00: 1 missing
        // 11:00-11:30 needs 2: everyone's early shift is on break 11:00-11:30 (ana, bea) or 12:00-12:30 (cai): 2
        // missing
        // 13:00-13:30 needs 1: three cover, none missing (over-coverage is another rule)
        verifier.verifyThat(RosterConstraints::underCoverage)
                .given(
                        need(420, 450, 3),
                        need(660, 690, 2),
                        need(780, 810, 1),
                        work(ana, 0, EARLY_7),
                        work(bea, 0, EARLY_7),
                        work(cai, 0, EARLY_8))
                .penalizesBy(1 + 1);
    }

    @Test
    void underCoverageCountsAnIntervalNobodyCovers() {
        Agent ana = spanish("ana");
        // 23:00-23:30 needs 2, ana is off Monday: 2 missing, times the weight 5 = 10
        Demand late = new Demand(HEART_ES, MONDAY.atTime(23, 0), 1380, 1410, 2, 5, 1, null);
        verifier.verifyThat(RosterConstraints::underCoverage)
                .given(late, off(ana, 0))
                .penalizesBy(10);
    }

    @Test
    void underCoverageCountsOnlyTheQueueAShiftCovers() {
        Agent ana = spanish("ana");
        // ana's shift covers the English queue, so the Spanish need of 1 is missed: 1
        verifier.verifyThat(RosterConstraints::underCoverage)
                .given(need(420, 450, 1), work(ana, 0, EARLY_7).with(EARLY_7, HEART_EN))
                .penalizesBy(1);
    }

    @Test
    void underCoverageCountsANightShiftFromTheDayBefore() {
        Agent ana = spanish("ana");
        // Tuesday 06:00-06:30 (minutes 1800-1830) is covered by Monday's night shift to 08:00
        verifier.verifyThat(RosterConstraints::underCoverage)
                .given(need(1800, 1830, 1), work(ana, 0, NIGHT_22), off(ana, 1))
                .penalizesBy(0);
    }

    @Test
    void underCoverageOfATemplateCountsOnlyThatTemplate() {
        Agent ana = spanish("ana");
        Agent bea = spanish("bea");
        // day-based cover: 2 lates wanted on Monday 14:00-22:00; ana works late, bea works early: 1 missing
        Demand lates = new Demand(HEART_ES, MONDAY.atTime(14, 0), 840, 1320, 2, 1, 1, "L");
        verifier.verifyThat(RosterConstraints::underCoverage)
                .given(lates, work(ana, 0, LATE_14), work(bea, 0, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void overCoverage() {
        Agent ana = spanish("ana");
        Agent bea = spanish("bea");
        Agent cai = spanish("cai");
        // 09:00-09:30 needs 1 and all three cover it: 2 too many; 07:00-07:30 needs 3 and has 2, not over
        verifier.verifyThat(RosterConstraints::overCoverage)
                .given(
                        need(540, 570, 1),
                        need(420, 450, 3),
                        work(ana, 0, EARLY_7),
                        work(bea, 0, EARLY_7),
                        work(cai, 0, EARLY_8))
                .penalizesBy(2);
    }

    @Test
    void shiftOffRequest() {
        Agent ana = spanish("ana");
        ShiftRequest notMonday = new ShiftRequest(ana, 0, MONDAY, null, false, 3);
        ShiftRequest noLateTuesday = new ShiftRequest(ana, 1, MONDAY.plusDays(1), "L", false, 2);
        ShiftRequest notWednesday = new ShiftRequest(ana, 2, MONDAY.plusDays(2), null, false, 4);
        // works Monday (3) and an early Tuesday (not the late she asked off); Wednesday off: 3
        verifier.verifyThat(RosterConstraints::shiftOffRequest)
                .given(
                        notMonday,
                        noLateTuesday,
                        notWednesday,
                        work(ana, 0, EARLY_7),
                        work(ana, 1, EARLY_7),
                        off(ana, 2))
                .penalizesBy(3);
    }

    @Test
    void shiftOnRequest() {
        Agent ana = spanish("ana");
        ShiftRequest monday = new ShiftRequest(ana, 0, MONDAY, null, true, 3);
        ShiftRequest lateTuesday = new ShiftRequest(ana, 1, MONDAY.plusDays(1), "L", true, 2);
        ShiftRequest wednesday = new ShiftRequest(ana, 2, MONDAY.plusDays(2), null, true, 4);
        // Monday worked (granted); Tuesday early, not the late asked for (2); Wednesday off (4): 6
        verifier.verifyThat(RosterConstraints::shiftOnRequest)
                .given(monday, lateTuesday, wednesday, work(ana, 0, EARLY_7), work(ana, 1, EARLY_7), off(ana, 2))
                .penalizesBy(6);
    }

    @Test
    void fairShareOfWeekends() {
        Agent ana = spanish("ana");
        Agent bea = spanish("bea");
        // ana: weekends of 7 and 14 March = 2, squared 4; bea: one weekend (Saturday and Sunday) = 1; 5
        verifier.verifyThat(RosterConstraints::fairShareOfWeekends)
                .given(
                        work(ana, 5, EARLY_7),
                        work(ana, 12, EARLY_7),
                        work(bea, 5, EARLY_7),
                        work(bea, 6, EARLY_7),
                        work(bea, 2, EARLY_7))
                .penalizesBy(5);
    }

    @Test
    void fairShareOfLateShifts() {
        Agent ana = spanish("ana");
        Agent bea = spanish("bea");
        // ana 3 lates (9), bea 1 late (1), earlies do not count: 10
        verifier.verifyThat(RosterConstraints::fairShareOfLateShifts)
                .given(
                        work(ana, 0, LATE_14),
                        work(ana, 1, LATE_14),
                        work(ana, 2, LATE_14),
                        work(bea, 0, LATE_14),
                        work(bea, 1, EARLY_7))
                .penalizesBy(10);
    }

    @Test
    void stableStartTimes() {
        Agent ana = spanish("ana");
        // 07:00, 08:00 (change), 08:00, off, 07:00 (after a day off, not consecutive): 1
        verifier.verifyThat(RosterConstraints::stableStartTimes)
                .given(
                        work(ana, 0, EARLY_7),
                        work(ana, 1, EARLY_8),
                        work(ana, 2, EARLY_8),
                        off(ana, 3),
                        work(ana, 4, EARLY_7))
                .penalizesBy(1);
    }

    @Test
    void keepPublishedRoster() {
        Agent ana = spanish("ana");
        // published early 07:00 Spanish on days 0-3; the re-plan keeps day 0, moves day 1 to 08:00, day 2 to English,
        // day 3 off; day 4 had nothing published and now works: 3 changes × 100 = 300
        verifier.verifyThat(RosterConstraints::keepPublishedRoster)
                .given(
                        work(ana, 0, EARLY_7).publishedAs(EARLY_7, HEART_ES),
                        work(ana, 1, EARLY_8).publishedAs(EARLY_7, HEART_ES),
                        work(ana, 2, EARLY_7).with(EARLY_7, HEART_EN).publishedAs(EARLY_7, HEART_ES),
                        off(ana, 3).publishedAs(EARLY_7, HEART_ES),
                        work(ana, 4, EARLY_7))
                .penalizesBy(300);
    }
}
