package org.trialline.kpi.view;

import java.time.Instant;
import java.util.Map;
import org.trialline.kpi.state.Counter;

/**
 * A window's KPIs, by the definitions of ARCHITECTURE.md. A ratio with nothing to divide by is null, never 0: "no
 * calls yet" is not "every call lost".
 *
 * @param from the start of the window: the day's reset, or the first of its whole minutes
 * @param to the stream's clock, the latest event time seen
 * @param serviceLevel by the variant in use: the queue's own, STANDARD for a group of queues
 * @param serviceLevelStandard answered within T ÷ (answered + abandoned after T)
 * @param serviceLevelAsterisk answered within T ÷ answered
 * @param serviceLevelConnect answered or left within T ÷ entered, short abandons left out of both
 * @param abandonmentRate abandoned ÷ offered, short abandons left out of both
 * @param asaSeconds mean wait of answered contacts
 * @param ahtSeconds (talk + hold + after-contact work) ÷ handled
 * @param occupancy handle time ÷ (handle time + the group's agents' available time in the window)
 * @param firstContactResolution resolved on first contact ÷ handled with a disposition
 * @param csat mean survey score, 1 to 5
 * @param csatSatisfied share of surveys scored 4 or 5
 */
public record Figures(
        Instant from,
        Instant to,
        long offered,
        long answered,
        long answeredWithin,
        long abandoned,
        long shortAbandoned,
        long abandonedAfter,
        long leftOther,
        long callbacksRequested,
        long handled,
        long transferred,
        String serviceLevelVariant,
        Double serviceLevel,
        Double serviceLevelStandard,
        Double serviceLevelAsterisk,
        Double serviceLevelConnect,
        Double abandonmentRate,
        Double asaSeconds,
        Double ahtSeconds,
        Double holdSeconds,
        Double occupancy,
        long disposed,
        long resolvedFirstContact,
        Double firstContactResolution,
        long surveys,
        Double csat,
        Double csatSatisfied,
        Funnel funnel) {

    /**
     * The enrollment funnel over distinct patients.
     *
     * @param conversion enrolled ÷ called
     */
    public record Funnel(long called, long eligible, long booked, long enrolled, Double conversion) {}

    static Figures of(
            Instant from, Instant to, Map<Counter, Long> sums, String variant, long availableMillis, long[] funnel) {
        long offered = get(sums, Counter.OFFERED);
        long answered = get(sums, Counter.ANSWERED);
        long within = get(sums, Counter.ANSWERED_WITHIN);
        long abandoned = get(sums, Counter.ABANDONED);
        long shortAbandoned = get(sums, Counter.SHORT_ABANDONED);
        long abandonedAfter = get(sums, Counter.ABANDONED_AFTER);
        long leftWithin = get(sums, Counter.LEFT_WITHIN);
        long handled = get(sums, Counter.HANDLED);
        long talk = get(sums, Counter.TALK_MS);
        long hold = get(sums, Counter.HOLD_MS);
        long afterWork = get(sums, Counter.AFTER_WORK_MS);
        long disposed = get(sums, Counter.DISPOSED);
        long resolved = get(sums, Counter.RESOLVED_FIRST_CONTACT);
        long surveys = get(sums, Counter.SURVEYS);
        Double standard = ratio(within, answered + abandonedAfter);
        Double asterisk = ratio(within, answered);
        Double connect = ratio(leftWithin, offered - shortAbandoned);
        Double serviceLevel = switch (variant) {
            case "ASTERISK" -> asterisk;
            case "CONNECT" -> connect;
            default -> standard;
        };
        long handleTime = talk + hold + afterWork;
        return new Figures(
                from,
                to,
                offered,
                answered,
                within,
                abandoned,
                shortAbandoned,
                abandonedAfter,
                get(sums, Counter.LEFT_OTHER),
                get(sums, Counter.CALLBACKS_REQUESTED),
                handled,
                get(sums, Counter.TRANSFERRED),
                variant,
                serviceLevel,
                standard,
                asterisk,
                connect,
                ratio(abandoned, offered - shortAbandoned),
                seconds(get(sums, Counter.ANSWERED_WAIT_MS), answered),
                seconds(handleTime, handled),
                seconds(hold, handled),
                ratio(handleTime, handleTime + availableMillis),
                disposed,
                resolved,
                ratio(resolved, disposed),
                surveys,
                ratio(get(sums, Counter.SURVEY_SCORE_SUM), surveys),
                ratio(get(sums, Counter.SURVEYS_SATISFIED), surveys),
                new Funnel(funnel[0], funnel[1], funnel[2], funnel[3], ratio(funnel[3], funnel[0])));
    }

    private static long get(Map<Counter, Long> sums, Counter counter) {
        return sums.getOrDefault(counter, 0L);
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    private static Double seconds(long millis, long count) {
        return count <= 0 ? null : millis / 1000.0 / count;
    }
}
