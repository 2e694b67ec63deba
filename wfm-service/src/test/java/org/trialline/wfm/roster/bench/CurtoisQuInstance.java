package org.trialline.wfm.roster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialline.wfm.roster.Agent;
import org.trialline.wfm.roster.Contract;
import org.trialline.wfm.roster.Demand;
import org.trialline.wfm.roster.Queue;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.ShiftAssignment;
import org.trialline.wfm.roster.ShiftOption;
import org.trialline.wfm.roster.ShiftRequest;
import org.trialline.wfm.roster.ShiftTemplate;

/**
 * A Curtois and Qu instance (schedulingbenchmarks.org/nrp, plain-text format) as read from its file, and its mapping
 * onto the roster domain as the module README describes it. Apart from the product: the benchmark's own reader.
 */
record CurtoisQuInstance(
        int days,
        Map<String, ShiftType> shifts,
        Map<String, Staff> staff,
        Map<String, Set<Integer>> daysOff,
        List<Request> onRequests,
        List<Request> offRequests,
        List<Cover> covers) {

    /** Day 0 of every instance is a Monday; any Monday does. */
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    static final Queue QUEUE = new Queue("cover", "any", "any");

    record ShiftType(String id, int minutes, Set<String> cannotFollow) {}

    record Staff(
            String id,
            Map<String, Integer> maxShifts,
            int maxTotalMinutes,
            int minTotalMinutes,
            int maxConsecutiveShifts,
            int minConsecutiveShifts,
            int minConsecutiveDaysOff,
            int maxWeekends) {}

    record Request(String staff, int day, String shift, int weight) {}

    record Cover(int day, String shift, int requirement, int underWeight, int overWeight) {}

    static CurtoisQuInstance read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static CurtoisQuInstance parse(List<String> lines) {
        int days = 0;
        Map<String, ShiftType> shifts = new LinkedHashMap<>();
        Map<String, Staff> staff = new LinkedHashMap<>();
        Map<String, Set<Integer>> daysOff = new LinkedHashMap<>();
        List<Request> on = new ArrayList<>();
        List<Request> off = new ArrayList<>();
        List<Cover> covers = new ArrayList<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("SECTION_")) {
                section = line;
                continue;
            }
            String[] f = line.split(",", -1);
            switch (section) {
                case "SECTION_HORIZON":
                    days = Integer.parseInt(f[0].strip());
                    break;
                case "SECTION_SHIFTS":
                    shifts.put(
                            f[0],
                            new ShiftType(
                                    f[0],
                                    Integer.parseInt(f[1]),
                                    f.length < 3 || f[2].isBlank() ? Set.of() : Set.of(f[2].split("\\|"))));
                    break;
                case "SECTION_STAFF":
                    Map<String, Integer> max = new LinkedHashMap<>();
                    for (String pair : f[1].split("\\|")) {
                        if (!pair.isBlank()) {
                            String[] kv = pair.split("=");
                            max.put(kv[0], Integer.parseInt(kv[1]));
                        }
                    }
                    staff.put(
                            f[0],
                            new Staff(
                                    f[0],
                                    max,
                                    Integer.parseInt(f[2]),
                                    Integer.parseInt(f[3]),
                                    Integer.parseInt(f[4]),
                                    Integer.parseInt(f[5]),
                                    Integer.parseInt(f[6]),
                                    Integer.parseInt(f[7])));
                    break;
                case "SECTION_DAYS_OFF":
                    Set<Integer> offDays = new java.util.TreeSet<>();
                    for (int i = 1; i < f.length; i++) {
                        if (!f[i].isBlank()) {
                            offDays.add(Integer.parseInt(f[i].strip()));
                        }
                    }
                    daysOff.put(f[0], offDays);
                    break;
                case "SECTION_SHIFT_ON_REQUESTS":
                case "SECTION_SHIFT_OFF_REQUESTS":
                    Request request = new Request(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3].strip()));
                    (section.equals("SECTION_SHIFT_ON_REQUESTS") ? on : off).add(request);
                    break;
                case "SECTION_COVER":
                    covers.add(new Cover(
                            Integer.parseInt(f[0]),
                            f[1],
                            Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]),
                            Integer.parseInt(f[4].strip())));
                    break;
                default:
                    throw new IllegalArgumentException("unknown section " + section);
            }
        }
        return new CurtoisQuInstance(days, shifts, staff, daysOff, on, off, covers);
    }

    /**
     * The roster problem: a template per shift type, nominally starting at midnight so that no two days' shifts
     * overlap and the instance's "cannot follow" pairs are the only rule between days (rest 0); the total minutes as
     * the horizon's; one queue; cover per day and shift type as a demand counting only that template.
     */
    Roster toRoster() {
        Map<String, ShiftTemplate> templates = new LinkedHashMap<>();
        List<ShiftOption> options = new ArrayList<>();
        for (ShiftType type : shifts.values()) {
            ShiftTemplate template =
                    new ShiftTemplate(type.id(), List.of(LocalTime.MIDNIGHT), type.minutes(), List.of(), false);
            templates.put(type.id(), template);
            options.add(new ShiftOption(template, LocalTime.MIDNIGHT));
        }
        List<Contract.Succession> forbidden = new ArrayList<>();
        for (ShiftType type : shifts.values()) {
            for (String next : type.cannotFollow()) {
                forbidden.add(new Contract.Succession(type.id(), next));
            }
        }
        Map<String, Agent> agents = new LinkedHashMap<>();
        for (Staff s : staff.values()) {
            Contract contract = new Contract(
                    null,
                    null,
                    s.minTotalMinutes(),
                    s.maxTotalMinutes(),
                    s.maxShifts(),
                    s.minConsecutiveShifts(),
                    s.maxConsecutiveShifts(),
                    s.minConsecutiveDaysOff(),
                    s.maxWeekends(),
                    0,
                    forbidden);
            agents.put(
                    s.id(),
                    new Agent(
                            s.id(),
                            s.id(),
                            Set.of(),
                            Set.of(),
                            Set.of(QUEUE.id()),
                            contract,
                            daysOff.getOrDefault(s.id(), Set.of()),
                            List.of()));
        }
        List<Demand> demands = new ArrayList<>();
        for (Cover cover : covers) {
            int start = cover.day() * 1440;
            demands.add(new Demand(
                    QUEUE,
                    FIRST_DAY.plusDays(cover.day()).atStartOfDay(),
                    start,
                    start + shifts.get(cover.shift()).minutes(),
                    cover.requirement(),
                    cover.underWeight(),
                    cover.overWeight(),
                    cover.shift()));
        }
        List<ShiftRequest> requests = new ArrayList<>();
        for (Request r : onRequests) {
            requests.add(new ShiftRequest(
                    agents.get(r.staff()), r.day(), FIRST_DAY.plusDays(r.day()), r.shift(), true, r.weight()));
        }
        for (Request r : offRequests) {
            requests.add(new ShiftRequest(
                    agents.get(r.staff()), r.day(), FIRST_DAY.plusDays(r.day()), r.shift(), false, r.weight()));
        }
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (Agent agent : agents.values()) {
            for (int day = 0; day < days; day++) {
                assignments.add(new ShiftAssignment(agent, day, FIRST_DAY.plusDays(day)));
            }
        }
        return new Roster(
                FIRST_DAY,
                days,
                new ArrayList<>(agents.values()),
                new ArrayList<>(templates.values()),
                options,
                List.of(QUEUE),
                demands,
                requests,
                assignments);
    }

    /** Each staff member's shift type per day of a solved roster, null on a day off. */
    Map<String, String[]> plan(Roster roster) {
        Map<String, String[]> plan = new LinkedHashMap<>();
        for (String id : staff.keySet()) {
            plan.put(id, new String[days]);
        }
        for (ShiftAssignment day : roster.getAssignments()) {
            if (day.isWorking()) {
                plan.get(day.getAgent().id())[day.getDay()] = day.templateId();
            }
        }
        return plan;
    }
}
