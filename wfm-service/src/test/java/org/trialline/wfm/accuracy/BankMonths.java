package org.trialline.wfm.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.trialline.wfm.forecast.DayCounts;

/**
 * Reads the Anonymous Bank's 1999 monthly files as they were published and counts the calls that reached a queue per
 * day and interval, by the time they entered it: what queue-service's history reports count for the same calls.
 * Phantom calls are left out. Apart from the product's import code on purpose: the accuracy figures must not depend
 * on it.
 */
final class BankMonths {

    private static final int DATE = 5;
    private static final int TYPE = 4;
    private static final int VRU_ENTRY = 6;
    private static final int Q_START = 9;
    private static final int OUTCOME = 12;
    private static final int HALF_A_DAY = 12 * 3600;

    private BankMonths() {}

    /** Counts per day and interval of {@code minutes}; {@code type} null for all service lines together. */
    static NavigableMap<LocalDate, DayCounts> read(Path folder, int minutes, String type) throws IOException {
        NavigableMap<LocalDate, DayCounts> days = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d\\d_\\w+\\.txt"))
                    .sorted()
                    .toList()) {
                readMonth(file, minutes, type, days);
            }
        }
        return days;
    }

    private static void readMonth(Path file, int minutes, String type, NavigableMap<LocalDate, DayCounts> days)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 13) {
                    continue;
                }
                LocalDate date = LocalDate.of(
                        1900 + Integer.parseInt(f[DATE].substring(0, 2)),
                        Integer.parseInt(f[DATE].substring(2, 4)),
                        Integer.parseInt(f[DATE].substring(4, 6)));
                // every day the file names is a day of history, also for a service line without calls on it
                DayCounts day = days.computeIfAbsent(date, d -> new DayCounts());
                if (f[OUTCOME].equals("PHANTOM") || f[Q_START].equals("0:00:00")) {
                    continue;
                }
                if (type != null && !f[TYPE].equals(type)) {
                    continue;
                }
                int entered = seconds(f[Q_START]);
                if (seconds(f[VRU_ENTRY]) - entered > HALF_A_DAY) {
                    day = days.computeIfAbsent(date.plusDays(1), d -> new DayCounts());
                }
                int slot = entered / (minutes * 60) * minutes;
                day.add(LocalTime.of(slot / 60, slot % 60), 1, null);
            }
        }
    }

    private static int seconds(String time) {
        String[] hms = time.split(":");
        return Integer.parseInt(hms[0]) * 3600 + Integer.parseInt(hms[1]) * 60 + Integer.parseInt(hms[2]);
    }
}
