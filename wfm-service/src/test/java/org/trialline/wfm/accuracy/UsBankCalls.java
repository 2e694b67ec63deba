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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialline.wfm.forecast.DayCounts;

/**
 * Reads the North American bank's five-minute counts of 2003 ({@code calls.csv} of the fpp2 R package: weekdays,
 * 169 bins from 07:00) and sums them into intervals. Days the file lacks, weekends and holidays, stay unknown.
 */
final class UsBankCalls {

    // X<day>.<month>.<year><bin>, the bin 1 to 169 glued to the year
    private static final Pattern ID = Pattern.compile("\"X(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(\\d{1,3})\"");
    private static final LocalTime FIRST_BIN = LocalTime.of(7, 0);

    private UsBankCalls() {}

    static NavigableMap<LocalDate, DayCounts> read(Path file, int minutes) throws IOException {
        NavigableMap<LocalDate, DayCounts> days = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                Matcher id = ID.matcher(fields[0]);
                if (!id.matches()) {
                    throw new IOException("unexpected id " + fields[0]);
                }
                LocalDate date = LocalDate.of(
                        Integer.parseInt(id.group(3)), Integer.parseInt(id.group(2)), Integer.parseInt(id.group(1)));
                int bin = Integer.parseInt(id.group(4));
                int minute = FIRST_BIN.toSecondOfDay() / 60 + (bin - 1) * 5;
                int slot = minute / minutes * minutes;
                days.computeIfAbsent(date, d -> new DayCounts())
                        .add(LocalTime.of(slot / 60, slot % 60), Long.parseLong(fields[1].trim()), null);
            }
        }
        return days;
    }
}
