package org.trialline.system;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The expected daily figures of an Anonymous Bank file, worked out straight from its columns and written apart from
 * the product's reader on purpose: a call that reached a queue or an agent counts on the day it entered the queue
 * ({@code q_start}, or {@code ser_start} when answered without queuing), its wait is {@code q_time}, its service time
 * {@code ser_time}. Rows the product cannot read either (a {@code customer_id} in spreadsheet notation) are left
 * out, as are {@code PHANTOM} rows.
 */
final class BankDays {

    private static final int THRESHOLD_SECONDS = 20;
    private static final int SHORT_ABANDON_SECONDS = 5;
    private static final String NEVER = "0:00:00";

    /** One day and queue: counts, and sums to divide by them. */
    static final class Day {
        long offered;
        long answered;
        long abandoned;
        long shortAbandoned;
        long answeredWithin;
        long abandonedAfter;
        long waitOfAnswered;
        long serviceOfAnswered;

        BigDecimal serviceLevel() {
            return ratio(answeredWithin, answered + abandonedAfter);
        }

        BigDecimal abandonmentRate() {
            return ratio(abandoned - shortAbandoned, offered - shortAbandoned);
        }

        BigDecimal asa() {
            return ratio(waitOfAnswered, answered);
        }

        BigDecimal aht() {
            return ratio(serviceOfAnswered, answered);
        }

        private static BigDecimal ratio(long part, long whole) {
            return whole == 0
                    ? null
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 20, RoundingMode.HALF_UP);
        }
    }

    private BankDays() {}

    /** Keyed by "YYYY-MM-DD,QUEUE", in that order. */
    static Map<String, Day> of(Path file) throws IOException {
        Map<String, Day> days = new TreeMap<>();
        try (BufferedReader reader = open(file)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("vru+line")) {
                throw new IllegalArgumentException(file + " does not start with the Anonymous Bank header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 17 || !f[2].matches("\\d+") || f[12].equals("PHANTOM")) {
                    continue;
                }
                boolean served = !f[13].equals(NEVER);
                boolean queued = !f[9].equals(NEVER);
                if (!served && !queued) {
                    continue;
                }
                String entered = queued ? f[9] : f[13];
                LocalDate date = LocalDate.of(
                        1900 + Integer.parseInt(f[5].substring(0, 2)),
                        Integer.parseInt(f[5].substring(2, 4)),
                        Integer.parseInt(f[5].substring(4, 6)));
                // a clock time more than half a day before the call reached the bank's phone menu is past midnight
                if (seconds(f[6]) - seconds(entered) > 12 * 3600) {
                    date = date.plusDays(1);
                }
                Day day = days.computeIfAbsent(date + "," + f[4], key -> new Day());
                long wait = Long.parseLong(f[11]);
                day.offered++;
                if (served) {
                    day.answered++;
                    day.waitOfAnswered += wait;
                    day.serviceOfAnswered += Long.parseLong(f[15]);
                    if (wait <= THRESHOLD_SECONDS) {
                        day.answeredWithin++;
                    }
                } else {
                    day.abandoned++;
                    if (wait <= SHORT_ABANDON_SECONDS) {
                        day.shortAbandoned++;
                    } else if (wait > THRESHOLD_SECONDS) {
                        day.abandonedAfter++;
                    }
                }
            }
        }
        return days;
    }

    private static int seconds(String time) {
        String[] parts = time.split(":");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2]);
    }

    private static BufferedReader open(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), UTF_8));
        }
        return Files.newBufferedReader(file, UTF_8);
    }
}
