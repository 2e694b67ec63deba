package org.trialline.wfm;

import java.time.LocalDate;

/** Builds the interval-count CSVs the tests import. */
public final class HistoryCsv {

    private HistoryCsv() {}

    /**
     * Every day from {@code first} to {@code last}: 4 calls of 200 s at 02:00, 10 calls of 300 s at 09:00 and 30 of
     * 300 s at 09:30, 44 calls a day, local times in the queue's zone.
     */
    public static String steadyDays(String queueId, LocalDate first, LocalDate last) {
        StringBuilder csv = new StringBuilder();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            csv.append(queueId).append(',').append(day).append("T02:00,4,200\n");
            csv.append(queueId).append(',').append(day).append("T09:00,10,300\n");
            csv.append(queueId).append(',').append(day).append("T09:30,30,300\n");
        }
        return csv.toString();
    }

    public static String withHeader(String rows) {
        return "queue,start,calls,aht_seconds\n" + rows;
    }
}
