package org.trialline.wfm.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialline.wfm.queues.QueuePlan;

class IntervalCsvTest {

    private static final QueuePlan MADRID =
            new QueuePlan("HEART-2.es.voice", ZoneId.of("Europe/Madrid"), 30, 0.8, 20, 0.85, 0.3, null);

    private final IntervalCsv csv = new IntervalCsv(Map.of(MADRID.queueId(), MADRID)::get);

    @Test
    void rowsShouldBeReadInTheQueuesZone() {
        List<HistoryInterval> rows = csv.read("queue,start,calls,aht_seconds\n"
                + "HEART-2.es.voice,2026-03-02T08:30,12,185.5\n"
                + "HEART-2.es.voice,2026-10-25T02:30+01:00,3,\n");

        assertThat(rows)
                .containsExactly(
                        new HistoryInterval("HEART-2.es.voice", Instant.parse("2026-03-02T07:30:00Z"), 30, 12, 185.5),
                        new HistoryInterval("HEART-2.es.voice", Instant.parse("2026-10-25T01:30:00Z"), 30, 3, null));
    }

    @Test
    void negativeCallsShouldBeNamedWithTheirLine() {
        MalformedRowException bad =
                read("HEART-2.es.voice,2026-03-02T08:30,12,180\n" + "HEART-2.es.voice,2026-03-02T09:00,-3,180\n");

        assertThat(errors(bad))
                .containsExactly(
                        Map.of("line", 3L, "field", "calls", "message", "must be 0 or more", "rejectedValue", "-3"));
        assertThat(bad.getBody().getDetail()).startsWith("Nothing was imported: line 3, calls must be 0 or more");
    }

    @Test
    void countBeyondAnyQueueShouldBeRefused() {
        assertThat(fields(read("HEART-2.es.voice,2026-03-02T08:30,3000000000,180\n")))
                .containsExactly("calls");
    }

    @Test
    void handleTimeOfZeroShouldBeRefused() {
        assertThat(fields(read("HEART-2.es.voice,2026-03-02T08:30,12,0\n"))).containsExactly("aht_seconds");
    }

    @Test
    void everyBadFieldShouldBeNamed() {
        MalformedRowException bad = read("NOBODY.xx.voice,2026-03-02T08:30,1,100\n"
                + "HEART-2.es.voice,2026-03-02T08:40,1,100\n"
                + "HEART-2.es.voice,yesterday,1,100\n"
                + "HEART-2.es.voice,2026-03-29T02:30,1,100\n"
                + "HEART-2.es.voice,2026-03-02T09:00,many,100\n"
                + "HEART-2.es.voice,2026-03-02T09:30,1\n"
                + "HEART-2.es.voice,2026-03-02T09:30,1,100\n");

        assertThat(fields(bad)).containsExactly("queue", "start", "start", "start", "calls", "start");
        // the clocks in Madrid skip from 02:00 to 03:00 on 29 March 2026
        assertThat(errors(bad).get(3).get("message").toString()).contains("skip");
    }

    @Test
    void wrongHeaderShouldBeRefused() {
        MalformedRowException bad = catchThrowableOfType(
                MalformedRowException.class, () -> csv.read("queue;start;calls\nHEART-2.es.voice;x;1\n"));

        assertThat(fields(bad)).containsExactly("header");
    }

    private MalformedRowException read(String rows) {
        return catchThrowableOfType(
                MalformedRowException.class, () -> csv.read("queue,start,calls,aht_seconds\n" + rows));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(MalformedRowException bad) {
        return (List<Map<String, Object>>) bad.getBody().getProperties().get("errors");
    }

    private static List<Object> fields(MalformedRowException bad) {
        return errors(bad).stream().map(error -> error.get("field")).toList();
    }
}
