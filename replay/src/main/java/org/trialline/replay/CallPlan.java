package org.trialline.replay;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.trialline.callrecords.BankCallRecords;
import org.trialline.callrecords.ImportedLine;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.QueueEvent;

/**
 * Everything a replay sends, worked out from the file before the first request: the contacts' events as the importer
 * reads them, each answered call given to an agent who is free, 0 s of after-contact work, and each agent's log-in and
 * log-out around their calls of a day, in the order they happened. The plan is split into lanes that may be sent side
 * by side: an agent and every contact they answer share a lane, so each lane keeps its own order.
 */
final class CallPlan {

    static final String NO_SERVER = "NO_SERVER";
    static final String STAND_IN = "STAND-IN-";

    // the data has no wrap-up codes; every answered call is recorded as settled on the call
    private static final Disposition DISPOSITION = Disposition.RESOLVED_FIRST_CONTACT;
    private static final int LISTED_PROBLEMS = 10;

    // at one instant: ends and wrap-ups free agents before log-ins and answers take them; a call answered and ended
    // in the same second ends after its answer; log-outs come last
    private static final int ENDED = 0;
    private static final int WRAPPED = 1;
    private static final int LOGIN = 2;
    private static final int QUEUED = 3;
    private static final int ANSWERED = 4;
    private static final int LEFT = 5;
    private static final int ENDED_AT_ANSWER = 6;
    private static final int WRAPPED_AT_ANSWER = 7;
    private static final int LOGOUT = 8;

    private final List<Step> steps;
    private final Map<String, Set<String>> skills;
    private final long contacts;
    private final long lines;
    private final long problemCount;
    private final List<String> problems;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /** One event to send and the lane it goes in. */
    record Step(QueueEvent event, int lane) {}

    private record Timed(Instant at, int rank, long order, QueueEvent event) {}

    private CallPlan(Builder builder, List<Step> steps, Map<String, Set<String>> skills) {
        this.steps = steps;
        this.skills = skills;
        this.contacts = builder.contacts.size();
        this.lines = builder.lines;
        this.problemCount = builder.problemCount;
        this.problems = List.copyOf(builder.problems);
        this.firstDay = builder.firstDay;
        this.lastDay = builder.lastDay;
    }

    /** Reads a plain or gzipped file of Anonymous Bank records, clock times in {@code zone}. */
    static CallPlan read(Path file, ZoneId zone, int lanes) throws IOException {
        Builder builder = new Builder(zone);
        try (Stream<ImportedLine> parsed = new BankCallRecords(zone).parse(file)) {
            parsed.forEach(builder::take);
        }
        return builder.build(lanes);
    }

    List<Step> steps() {
        return steps;
    }

    /** Each agent, stand-ins included, and the queues whose calls they answered. */
    Map<String, Set<String>> skills() {
        return skills;
    }

    Set<String> queues() {
        Set<String> queues = new TreeSet<>();
        steps.forEach(step -> {
            if (step.event() instanceof ContactQueued queued) {
                queues.add(queued.queueId());
            }
        });
        return queues;
    }

    long contacts() {
        return contacts;
    }

    long lines() {
        return lines;
    }

    long problemCount() {
        return problemCount;
    }

    List<String> problems() {
        return problems;
    }

    /** The first and last local day on which a contact entered a queue. */
    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    Instant firstEventAt() {
        return steps.isEmpty() ? null : steps.get(0).event().occurredAt();
    }

    /** The contacts' events, in file order, gathered by contact, then given agents and ordered in time. */
    private static final class Builder {

        private final ZoneId zone;
        private final Map<UUID, List<ContactEvent>> contacts = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private long lines;
        private long problemCount;
        private LocalDate firstDay;
        private LocalDate lastDay;

        Builder(ZoneId zone) {
            this.zone = zone;
        }

        void take(ImportedLine line) {
            lines = Math.max(lines, line.lineNumber());
            if (line instanceof ImportedLine.Malformed malformed) {
                problemCount++;
                if (problems.size() < LISTED_PROBLEMS) {
                    problems.add("line " + malformed.lineNumber() + ": " + malformed.message());
                }
            } else if (line instanceof ImportedLine.Recorded recorded) {
                List<ContactEvent> events = new ArrayList<>();
                recorded.events().forEach(event -> events.add((ContactEvent) event));
                contacts.put(events.get(0).contactId(), events);
                LocalDate day = events.get(0).occurredAt().atZone(zone).toLocalDate();
                firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
                lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
            }
        }

        CallPlan build(int lanes) {
            List<Timed> timeline = contactTimeline();
            Map<UUID, String> agentOf = assignAgents(timeline);
            List<Timed> all = new ArrayList<>();
            Map<String, Set<String>> skills = new TreeMap<>();
            Map<String, Instant[]> shifts = new TreeMap<>();
            for (Timed timed : timeline) {
                QueueEvent event = timed.event();
                if (event instanceof ContactAnswered answered) {
                    String agent = agentOf.get(answered.contactId());
                    event = answered(answered, agent);
                    skills.computeIfAbsent(agent, a -> new TreeSet<>()).add(answered.queueId());
                    String day =
                            answered.occurredAt().atZone(zone).toLocalDate().toString();
                    Instant[] shift = shifts.computeIfAbsent(agent + "|" + day, key -> new Instant[2]);
                    shift[0] = shift[0] == null || answered.occurredAt().isBefore(shift[0])
                            ? answered.occurredAt()
                            : shift[0];
                } else if (event instanceof ContactEnded ended) {
                    String agent = agentOf.get(ended.contactId());
                    event = ended(ended, agent);
                    all.add(new Timed(timed.at(), timed.rank() + 1, timed.order(), wrappedUp(ended, agent)));
                }
                all.add(new Timed(timed.at(), timed.rank(), timed.order(), event));
            }
            logOuts(timeline, agentOf, shifts);
            shifts.forEach((key, shift) -> {
                String agent = key.substring(0, key.indexOf('|'));
                String day = key.substring(key.indexOf('|') + 1);
                all.add(new Timed(shift[0], LOGIN, 0, agentState(agent, day, "login", AgentState.AVAILABLE, shift[0])));
                all.add(new Timed(shift[1], LOGOUT, 0, agentState(agent, day, "logout", AgentState.OFFLINE, shift[1])));
            });
            all.sort(ORDER);
            Map<UUID, Integer> laneOf = new HashMap<>();
            List<Step> steps = new ArrayList<>(all.size());
            for (Timed timed : all) {
                steps.add(new Step(timed.event(), lane(timed.event(), agentOf, laneOf, lanes)));
            }
            return new CallPlan(this, List.copyOf(steps), skills);
        }

        private List<Timed> contactTimeline() {
            List<Timed> timeline = new ArrayList<>();
            long order = 0;
            for (List<ContactEvent> events : contacts.values()) {
                Instant answeredAt = null;
                for (ContactEvent event : events) {
                    int rank = rank(event, answeredAt);
                    if (event instanceof ContactAnswered) {
                        answeredAt = event.occurredAt();
                    }
                    timeline.add(new Timed(event.occurredAt(), rank, order++, event));
                }
            }
            timeline.sort(ORDER);
            return timeline;
        }

        private static int rank(ContactEvent event, Instant answeredAt) {
            if (event instanceof ContactQueued) {
                return QUEUED;
            }
            if (event instanceof ContactAnswered) {
                return ANSWERED;
            }
            if (event instanceof ContactEnded) {
                return event.occurredAt().equals(answeredAt) ? ENDED_AT_ANSWER : ENDED;
            }
            return LEFT;
        }

        /**
         * Gives each answered call to the agent the file names, unless the file names none or that agent is still on
         * another call then: such a call goes to the first stand-in who is free, so the data stays replayable.
         */
        private static Map<UUID, String> assignAgents(List<Timed> timeline) {
            Map<UUID, String> agentOf = new HashMap<>();
            Set<String> busy = new HashSet<>();
            for (Timed timed : timeline) {
                if (timed.event() instanceof ContactAnswered answered) {
                    String agent = answered.agentId();
                    if (NO_SERVER.equals(agent) || busy.contains(agent)) {
                        int n = 1;
                        while (busy.contains(STAND_IN + n)) {
                            n++;
                        }
                        agent = STAND_IN + n;
                    }
                    busy.add(agent);
                    agentOf.put(answered.contactId(), agent);
                } else if (timed.event() instanceof ContactEnded ended) {
                    busy.remove(agentOf.get(ended.contactId()));
                }
            }
            return agentOf;
        }

        private void logOuts(List<Timed> timeline, Map<UUID, String> agentOf, Map<String, Instant[]> shifts) {
            Map<UUID, String> dayOf = new HashMap<>();
            for (Timed timed : timeline) {
                if (timed.event() instanceof ContactAnswered answered) {
                    dayOf.put(
                            answered.contactId(),
                            answered.occurredAt().atZone(zone).toLocalDate().toString());
                } else if (timed.event() instanceof ContactEnded ended) {
                    Instant[] shift = shifts.get(agentOf.get(ended.contactId()) + "|" + dayOf.get(ended.contactId()));
                    shift[1] = shift[1] == null || ended.occurredAt().isAfter(shift[1]) ? ended.occurredAt() : shift[1];
                }
            }
        }

        private static int lane(QueueEvent event, Map<UUID, String> agentOf, Map<UUID, Integer> laneOf, int lanes) {
            if (event instanceof AgentStateChanged changed) {
                return Math.floorMod(changed.agentId().hashCode(), lanes);
            }
            UUID contact = ((ContactEvent) event).contactId();
            return laneOf.computeIfAbsent(contact, id -> {
                String agent = agentOf.get(id);
                return Math.floorMod(agent == null ? id.hashCode() : agent.hashCode(), lanes);
            });
        }
    }

    private static final Comparator<Timed> ORDER =
            Comparator.comparing(Timed::at).thenComparingInt(Timed::rank).thenComparingLong(Timed::order);

    private static ContactAnswered answered(ContactAnswered event, String agent) {
        return new ContactAnswered(
                event.eventId(), event.occurredAt(), event.queueId(), event.contactId(), agent, event.version());
    }

    private static ContactEnded ended(ContactEnded event, String agent) {
        return new ContactEnded(
                event.eventId(),
                event.occurredAt(),
                event.queueId(),
                event.contactId(),
                agent,
                event.endedBy(),
                event.version());
    }

    private static AfterContactWorkEnded wrappedUp(ContactEnded ended, String agent) {
        return new AfterContactWorkEnded(
                derived(ended.eventId() + "/wrapped-up"),
                ended.occurredAt(),
                ended.queueId(),
                ended.contactId(),
                agent,
                DISPOSITION,
                QueueEvent.CURRENT_VERSION);
    }

    private static AgentStateChanged agentState(String agent, String day, String kind, AgentState state, Instant at) {
        return new AgentStateChanged(
                derived("anonymous-bank/agent/" + agent + "/" + day + "/" + kind),
                at,
                null,
                agent,
                state,
                null,
                at,
                QueueEvent.CURRENT_VERSION);
    }

    private static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(UTF_8));
    }

    /** The same plan moved in time, every id derived again when it moves. */
    List<Step> retimed(Retiming retiming) {
        if (retiming.shift().isZero()) {
            return steps;
        }
        List<Step> moved = new ArrayList<>(steps.size());
        steps.forEach(step -> moved.add(new Step(Retimed.of(step.event(), retiming), step.lane())));
        return moved;
    }
}
