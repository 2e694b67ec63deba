package org.trialline.wfm.roster;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.trialline.wfm.roster.RosterViews.RosterView;
import org.trialline.wfm.roster.RosterViews.ShiftView;

/** A roster as a spreadsheet, and one agent's shifts as an iCalendar feed (RFC 5545, written by ical4j). */
final class RosterExports {

    private RosterExports() {}

    /** One line a worked day, by agent then date; fields quoted as RFC 4180 asks when they hold a comma or quote. */
    static String csv(RosterView roster) {
        StringBuilder csv = new StringBuilder("agent_id,agent_name,date,template,start,end,queue\r\n");
        roster.shifts().stream()
                .sorted(Comparator.comparing(ShiftView::agentId).thenComparing(ShiftView::start))
                .forEach(shift -> csv.append(String.join(
                                ",",
                                List.of(
                                        field(shift.agentId()),
                                        field(shift.agentName()),
                                        shift.date().toString(),
                                        field(shift.templateId()),
                                        shift.start().toString(),
                                        shift.end().toString(),
                                        field(shift.queueId()))))
                        .append("\r\n"));
        return csv.toString();
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** The agent's shifts, in UTC so that no calendar needs the centre's time zone definition. */
    static String calendar(RosterView roster, String agentId, ZoneId zone) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//TrialLine//wfm-service roster//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (ShiftView shift : roster.shifts()) {
            if (shift.agentId().equals(agentId)) {
                calendar.add(event(roster.id(), shift, zone));
            }
        }
        return calendar.toString();
    }

    private static VEvent event(UUID rosterId, ShiftView shift, ZoneId zone) {
        VEvent event = new VEvent(
                shift.start().atZone(zone).toInstant(),
                shift.end().atZone(zone).toInstant(),
                "Shift " + shift.templateId() + " on " + shift.queueId());
        // stable across re-plans, so a calendar updates the day's event instead of adding another
        event.add(new Uid(rosterId + "/" + shift.agentId() + "/" + shift.date() + "@trialline"));
        event.add(new Description("Queue " + shift.queueId() + ", template " + shift.templateId()));
        return event;
    }
}
