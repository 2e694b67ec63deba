package org.trialline.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One real week of the Anonymous Bank's calls (6 to 12 February 1999) replayed at full speed through the gateway
 * into a system of its own, whose stream clock then stands on the week's last day, and judged against figures worked
 * out from the same file by {@link BankDays}, not by the product.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayTest {

    private static final String FIRST_DAY = "990206";
    private static final String LAST_DAY = "990212";
    private static final String LAST_PERIOD = "1999-02-12";
    private static final double TOLERANCE = 1e-6;
    private static final Duration KPI_TIMEOUT = Duration.ofMinutes(5);

    // a database and Redis database of its own: the shared system's live contacts would move the stream clock to now
    private static final RunningSystem.Place PLACE =
            new RunningSystem.Place("trialline_replay", 5, List.of("--trialline.centre.time-zone=Asia/Jerusalem"));

    private static RunningSystem system;
    private static Path week;
    private static Path report;
    private static ReplayRun first;

    @BeforeAll
    static void replayTheWeek() throws IOException {
        Path folder =
                RunningSystem.home().resolve("system-tests").resolve("target").resolve("replay");
        Files.createDirectories(folder);
        week = weekOf(folder.resolve("1999-02-06-to-12.txt.gz"));
        report = folder.resolve("week.csv");
        Files.deleteIfExists(report);
        system = RunningSystem.start(PLACE);
        first = ReplayRun.of(system, week.toString(), "--speed", "max", "--report", report.toString());
        // the replay's own account of what it sent and how fast, for whoever reads the test output
        System.out.print(first.output());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void reportOfTheWeekShouldMatchTheFileCountedApart() throws IOException {
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains(" 0 refused");
        Map<String, BankDays.Day> expected = BankDays.of(week);
        Map<String, String[]> rows = csv(report);

        assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((key, day) -> {
            String[] row = rows.get(key);
            assertThat(row[2]).as("offered " + key).isEqualTo(Long.toString(day.offered));
            assertThat(row[3]).as("answered " + key).isEqualTo(Long.toString(day.answered));
            assertThat(row[4]).as("abandoned " + key).isEqualTo(Long.toString(day.abandoned));
            assertThat(row[5]).as("short abandoned " + key).isEqualTo(Long.toString(day.shortAbandoned));
            assertNear(row[6], day.serviceLevel(), 6, "service level " + key);
            assertNear(row[7], day.abandonmentRate(), 6, "abandonment rate " + key);
            assertNear(row[8], day.asa(), 3, "ASA " + key);
            assertNear(row[9], day.aht(), 3, "AHT " + key);
        });
    }

    @Test
    @Order(2)
    void kpiStreamTodayShouldEqualTheReportOfTheLastDay() throws IOException {
        Map<String, String[]> lastDay = new LinkedHashMap<>();
        csv(report).forEach((key, row) -> {
            if (row[0].equals(LAST_PERIOD)) {
                lastDay.put(row[1], row);
            }
        });
        assertThat(lastDay).isNotEmpty();
        long offered = lastDay.values().stream()
                .mapToLong(row -> Long.parseLong(row[2]))
                .sum();
        awaitKpiOffered(offered);

        lastDay.forEach((queue, row) -> {
            Map<String, Object> today = today("queue:" + queue);
            assertThat(today.get("from")).as("the stream's day").isEqualTo("1999-02-11T22:00:00Z");
            assertThat(number(today, "offered")).as("offered " + queue).isEqualTo(Long.parseLong(row[2]));
            assertThat(number(today, "answered")).as("answered " + queue).isEqualTo(Long.parseLong(row[3]));
            assertThat(number(today, "abandoned") + number(today, "shortAbandoned"))
                    .as("abandoned " + queue)
                    .isEqualTo(Long.parseLong(row[4]));
            assertThat(number(today, "shortAbandoned")).as("short " + queue).isEqualTo(Long.parseLong(row[5]));
            assertNear(row[6], decimal(today, "serviceLevel"), 6, "service level " + queue);
            assertNear(row[7], decimal(today, "abandonmentRate"), 6, "abandonment rate " + queue);
            assertNear(row[8], decimal(today, "asaSeconds"), 3, "ASA " + queue);
            assertNear(row[9], decimal(today, "ahtSeconds"), 3, "AHT " + queue);
        });
    }

    @Test
    @Order(3)
    void replayingTheWeekAgainShouldChangeNothing() throws IOException {
        long offeredBefore = number(today("all"), "offered");
        Path again = report.resolveSibling("week-again.csv");

        ReplayRun second = ReplayRun.of(system, week.toString(), "--speed", "max", "--report", again.toString());

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains(": 0 applied,").contains(" 0 refused");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(report));
        assertThat(number(today("all"), "offered")).isEqualTo(offeredBefore);
    }

    /** The week's rows of the committed February file, with its header, gzipped as the tool accepts them. */
    private static Path weekOf(Path target) throws IOException {
        Path february = RunningSystem.home().resolve("data/anonymous-bank-1999/02_February.txt.gz");
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(february)), UTF_8));
                Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), UTF_8)) {
            out.write(in.readLine() + "\n");
            String line;
            while ((line = in.readLine()) != null) {
                String date = line.split("\t", -1)[5];
                if (date.compareTo(FIRST_DAY) >= 0 && date.compareTo(LAST_DAY) <= 0) {
                    out.write(line + "\n");
                }
            }
        }
        return target;
    }

    private static Map<String, String[]> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("period,queue,offered,answered,abandoned,short_abandoned,service_level,"
                        + "abandonment_rate,asa_s,aht_s");
        Map<String, String[]> rows = new LinkedHashMap<>();
        lines.stream().skip(1).forEach(line -> {
            String[] row = line.split(",", -1);
            assertThat(row).as(line).hasSize(10);
            rows.put(row[0] + "," + row[1], row);
        });
        return rows;
    }

    /** The report writes {@code places} decimals; the expected value is rounded alike, then must agree to 1e-6. */
    private static void assertNear(String actual, BigDecimal expected, int places, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isEmpty();
            return;
        }
        assertThat(actual).as(what).matches("\\d+\\.\\d{" + places + "}");
        double rounded = expected.setScale(places, RoundingMode.HALF_UP).doubleValue();
        assertThat(Double.parseDouble(actual)).as(what).isCloseTo(rounded, within(TOLERANCE));
    }

    private void awaitKpiOffered(long offered) {
        Instant deadline = Instant.now().plus(KPI_TIMEOUT);
        while (number(today("all"), "offered") != offered
                || !"1999-02-11T22:00:00Z".equals(today("all").get("from"))) {
            assertThat(Instant.now())
                    .as("kpi-stream to count the last day's " + offered + " contacts")
                    .isBefore(deadline);
            pause();
        }
    }

    private static Map<String, Object> today(String group) {
        Map<String, Object> snapshot = WebClient.create(system.gateway())
                .get()
                .uri("/api/kpi/snapshot/{group}", group)
                .headers(headers -> headers.setBearerAuth(system.token("supervisor")))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        Map<String, Object> windows = (Map<String, Object>) snapshot.get("windows");
        @SuppressWarnings("unchecked")
        Map<String, Object> today = (Map<String, Object>) windows.get("today");
        return today;
    }

    private static long number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).longValue();
    }

    private static BigDecimal decimal(Map<String, Object> figures, String key) {
        Object value = figures.get(key);
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
