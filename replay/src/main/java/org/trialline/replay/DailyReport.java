package org.trialline.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The daily report of a replay, read from queue-service's history through the gateway once every contact sent is
 * there: one row per day and queue with contacts, the day being the local day the contact entered the queue.
 * {@code abandoned} counts every caller who hung up while waiting, short abandons included, so that
 * {@code abandonment_rate} = (abandoned − short_abandoned) ÷ (offered − short_abandoned).
 */
final class DailyReport {

    static final String HEADER =
            "period,queue,offered,answered,abandoned,short_abandoned,service_level," + "abandonment_rate,asa_s,aht_s";

    private static final Duration POLL_EVERY = Duration.ofMillis(500);

    private final GatewayClient gateway;
    private final String supervisor;
    private final ZoneId zone;

    /** One day and queue as queue-service reports it. */
    record Row(
            LocalDate period,
            String queue,
            long offered,
            long answered,
            long abandoned,
            long shortAbandoned,
            long handled,
            Double serviceLevel,
            Double abandonmentRate,
            Double asaSeconds,
            Double ahtSeconds) {

        String csv() {
            return String.join(
                    ",",
                    period.toString(),
                    queue,
                    Long.toString(offered),
                    Long.toString(answered),
                    Long.toString(abandoned),
                    Long.toString(shortAbandoned),
                    decimals(serviceLevel, 6),
                    decimals(abandonmentRate, 6),
                    decimals(asaSeconds, 3),
                    decimals(ahtSeconds, 3));
        }

        // a rate with nothing to divide by has no value, which is not 0
        private static String decimals(Double value, int places) {
            return value == null ? "" : String.format(Locale.ROOT, "%." + places + "f", value);
        }
    }

    DailyReport(GatewayClient gateway, String supervisor, ZoneId zone) {
        this.gateway = gateway;
        this.supervisor = supervisor;
        this.zone = zone;
    }

    /**
     * Waits until queue-service counts {@code contacts} contacts in the days, every answered one ended, then reads
     * the report. Events are applied before the batch that carried them is answered, so the wait is short; it guards
     * against a system that answered and then lost something.
     */
    List<Row> await(LocalDate from, LocalDate to, long contacts, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Row> rows = read(from, to);
            long offered = rows.stream().mapToLong(Row::offered).sum();
            long answered = rows.stream().mapToLong(Row::answered).sum();
            long handled = rows.stream().mapToLong(Row::handled).sum();
            if (offered >= contacts && handled == answered) {
                return rows;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ReplayException("queue-service counts " + offered + " contacts (" + handled + " of "
                        + answered + " answered ended) from " + from + " to " + to + ", not the " + contacts
                        + " sent, after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    List<Row> read(LocalDate from, LocalDate to) {
        JsonNode days = gateway.get(
                supervisor, "/api/queue/history?interval=day&from=" + from + "&to=" + to + "&zone=" + zone.getId());
        List<Row> rows = new ArrayList<>();
        for (JsonNode day : days) {
            long abandoned = day.path("abandoned").asLong();
            long shortAbandoned = day.path("shortAbandoned").asLong();
            rows.add(new Row(
                    LocalDate.parse(day.path("start").asString().substring(0, 10)),
                    day.path("queueId").asString(),
                    day.path("offered").asLong(),
                    day.path("answered").asLong(),
                    abandoned + shortAbandoned,
                    shortAbandoned,
                    day.path("handled").asLong(),
                    number(day.path("serviceLevel")),
                    number(day.path("abandonmentRate")),
                    number(day.path("asaSeconds")),
                    number(day.path("ahtSeconds"))));
        }
        rows.sort(Comparator.comparing(Row::period).thenComparing(Row::queue));
        return rows;
    }

    static void write(Path file, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        rows.stream().filter(row -> row.offered() > 0).forEach(row -> lines.add(row.csv()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted");
        }
    }
}
