package org.trialline.wfm.roster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a plan (each staff member's shift type per day, null off) by the Curtois and Qu rules, straight from the
 * instance and without the roster domain or its constraints: the objective (weighted under- and over-cover, shift-on
 * and shift-off requests) and, in words, each hard rule broken.
 */
final class CurtoisQuObjective {

    private CurtoisQuObjective() {}

    record Result(int objective, int underCover, int overCover, int requests, List<String> broken) {
        boolean feasible() {
            return broken.isEmpty();
        }
    }

    static Result evaluate(CurtoisQuInstance instance, Map<String, String[]> plan) {
        int under = 0;
        int over = 0;
        for (CurtoisQuInstance.Cover cover : instance.covers()) {
            int staffed = 0;
            for (String[] days : plan.values()) {
                if (cover.shift().equals(days[cover.day()])) {
                    staffed++;
                }
            }
            under += Math.max(0, cover.requirement() - staffed) * cover.underWeight();
            over += Math.max(0, staffed - cover.requirement()) * cover.overWeight();
        }
        int requests = 0;
        for (CurtoisQuInstance.Request on : instance.onRequests()) {
            if (!on.shift().equals(plan.get(on.staff())[on.day()])) {
                requests += on.weight();
            }
        }
        for (CurtoisQuInstance.Request off : instance.offRequests()) {
            if (off.shift().equals(plan.get(off.staff())[off.day()])) {
                requests += off.weight();
            }
        }
        List<String> broken = new ArrayList<>();
        instance.staff().values().forEach(staff -> check(instance, staff, plan.get(staff.id()), broken));
        return new Result(under + over + requests, under, over, requests, broken);
    }

    private static void check(
            CurtoisQuInstance instance, CurtoisQuInstance.Staff staff, String[] days, List<String> broken) {
        String who = staff.id();
        int n = days.length;
        for (int day : instance.daysOff().getOrDefault(who, java.util.Set.of())) {
            if (days[day] != null) {
                broken.add(who + " works day " + day + ", a day off");
            }
        }
        for (int d = 0; d + 1 < n; d++) {
            if (days[d] != null
                    && days[d + 1] != null
                    && instance.shifts().get(days[d]).cannotFollow().contains(days[d + 1])) {
                broken.add(who + " works " + days[d] + " then " + days[d + 1] + " on day " + d);
            }
        }
        Map<String, Long> perType = java.util.Arrays.stream(days)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
        perType.forEach((type, count) -> {
            if (count > staff.maxShifts().getOrDefault(type, Integer.MAX_VALUE)) {
                broken.add(who + " works " + count + " " + type + " shifts");
            }
        });
        int minutes = 0;
        for (String s : days) {
            minutes += s == null ? 0 : instance.shifts().get(s).minutes();
        }
        if (minutes > staff.maxTotalMinutes() || minutes < staff.minTotalMinutes()) {
            broken.add(who + " works " + minutes + " minutes");
        }
        // runs of working days and of days off; minimum runs not counted when they touch either edge
        int start = 0;
        while (start < n) {
            boolean working = days[start] != null;
            int end = start;
            while (end + 1 < n && (days[end + 1] != null) == working) {
                end++;
            }
            int length = end - start + 1;
            boolean inside = start > 0 && end < n - 1;
            if (working && length > staff.maxConsecutiveShifts()) {
                broken.add(who + " works " + length + " days in a row from day " + start);
            }
            if (working && inside && length < staff.minConsecutiveShifts()) {
                broken.add(who + " works only " + length + " days in a row from day " + start);
            }
            if (!working && inside && length < staff.minConsecutiveDaysOff()) {
                broken.add(who + " is off only " + length + " days in a row from day " + start);
            }
            start = end + 1;
        }
        int weekends = 0;
        for (int saturday = 5; saturday < n; saturday += 7) {
            if (days[saturday] != null || (saturday + 1 < n && days[saturday + 1] != null)) {
                weekends++;
            }
        }
        if (weekends > staff.maxWeekends()) {
            broken.add(who + " works " + weekends + " weekends");
        }
    }
}
