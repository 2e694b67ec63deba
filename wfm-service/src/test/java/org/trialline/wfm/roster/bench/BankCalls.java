package org.trialline.wfm.roster.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calls of the Anonymous Bank's 1999 monthly files, as published: when each reached the agents' queue (or an
 * agent directly), its service line, and who served it for how long. Phantom calls and calls that never left the
 * voice response unit are left out. Times are seconds from the call's day's midnight; a call that crossed midnight
 * after entering the voice response unit has its later times on the next day (past 86,400).
 */
final class BankCalls {

    private static final int TYPE = 4;
    private static final int DATE = 5;
    private static final int VRU_ENTRY = 6;
    private static final int Q_START = 9;
    private static final int OUTCOME = 12;
    private static final int SER_START = 13;
    private static final int SER_TIME = 15;
    private static final int SERVER = 16;
    private static final int HALF_A_DAY = 12 * 3600;
    private static final int DAY = 24 * 3600;

    /**
     * @param offered seconds after the day's midnight the call reached a queue or an agent
     * @param server the agent's name, null when no agent served it
     * @param serviceStart seconds after the day's midnight service began; meaningful with a server
     */
    record Call(LocalDate date, String type, int offered, String server, int serviceStart, int serviceSeconds) {}

    private BankCalls() {}

    /** The calls of every monthly file in the folder whose date lies in [from, to). */
    static List<Call> read(Path folder, LocalDate from, LocalDate to) throws IOException {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d\\d_\\w+\\.txt"))
                    .sorted()
                    .toList()) {
                read(file, from, to, calls);
            }
        }
        return calls;
    }

    private static void read(Path file, LocalDate from, LocalDate to, List<Call> calls) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 17 || f[OUTCOME].equals("PHANTOM")) {
                    continue;
                }
                LocalDate date = LocalDate.of(
                        1900 + Integer.parseInt(f[DATE].substring(0, 2)),
                        Integer.parseInt(f[DATE].substring(2, 4)),
                        Integer.parseInt(f[DATE].substring(4, 6)));
                if (date.isBefore(from) || !date.isBefore(to)) {
                    continue;
                }
                String server = f[SERVER].equals("NO_SERVER") ? null : f[SERVER];
                boolean queued = !f[Q_START].equals("0:00:00");
                if (!queued && server == null) {
                    continue; // answered by the voice response unit or hung up there
                }
                int vru = seconds(f[VRU_ENTRY]);
                int offered = after(vru, seconds(queued ? f[Q_START] : f[SER_START]));
                int serviceStart = server == null ? 0 : after(vru, seconds(f[SER_START]));
                int serviceSeconds = server == null ? 0 : Integer.parseInt(f[SER_TIME]);
                calls.add(new Call(date, f[TYPE], offered, server, serviceStart, serviceSeconds));
            }
        }
    }

    // the files keep times without dates: one far earlier than the call's entry wrapped past midnight
    private static int after(int vruEntry, int time) {
        return vruEntry - time > HALF_A_DAY ? time + DAY : time;
    }

    private static int seconds(String time) {
        String[] hms = time.split(":");
        return Integer.parseInt(hms[0]) * 3600 + Integer.parseInt(hms[1]) * 60 + Integer.parseInt(hms[2]);
    }
}
