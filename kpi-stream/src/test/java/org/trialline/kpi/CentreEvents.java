package org.trialline.kpi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentConfigured;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.Channel;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactHoldEnded;
import org.trialline.events.ContactHoldStarted;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueConfigured;
import org.trialline.events.QueueEvent;
import org.trialline.events.ServiceLevelVariant;
import org.trialline.events.SurveyAnswered;

/** Builds a day of a centre as events, in the order written; ids follow from names so a test can repeat them. */
public final class CentreEvents {

    private static final int V = QueueEvent.CURRENT_VERSION;
    private final String day;
    private final List<QueueEvent> events = new ArrayList<>();
    private int sequence;

    /** @param day the UTC date every time of day refers to, such as 2026-03-10 */
    public CentreEvents(String day) {
        this.day = day;
    }

    public List<QueueEvent> events() {
        return List.copyOf(events);
    }

    public Instant at(String time) {
        return Instant.parse(day + "T" + time + "Z");
    }

    public static UUID contact(String name) {
        return UUID.nameUUIDFromBytes(("contact " + name).getBytes(StandardCharsets.UTF_8));
    }

    private UUID nextEventId() {
        return UUID.nameUUIDFromBytes(("event " + day + " " + sequence++).getBytes(StandardCharsets.UTF_8));
    }

    public CentreEvents queue(String queueId, String trial, String language, ServiceLevelVariant variant) {
        events.add(new QueueConfigured(
                nextEventId(), at("00:00:00"), queueId, trial, language, Channel.VOICE, 0.8, 20, variant, 5, 0, V));
        return this;
    }

    public CentreEvents agent(String agentId, String name, String trial, String... languages) {
        Map<String, Integer> proficiency = new java.util.HashMap<>();
        for (String language : languages) {
            proficiency.put(language, 5);
        }
        events.add(new AgentConfigured(
                nextEventId(),
                at("00:00:01"),
                null,
                agentId,
                name,
                proficiency,
                Set.of(trial),
                Set.of(Channel.VOICE),
                V));
        return this;
    }

    public CentreEvents agentState(String agentId, String time, AgentState state, String reason, String queueId) {
        events.add(new AgentStateChanged(nextEventId(), at(time), queueId, agentId, state, reason, at(time), V));
        return this;
    }

    public CentreEvents queued(String queueId, String contact, String time, String patient) {
        events.add(new ContactQueued(nextEventId(), at(time), queueId, contact(contact), patient, V));
        return this;
    }

    public CentreEvents answered(String queueId, String contact, String time, String agentId) {
        events.add(new ContactAnswered(nextEventId(), at(time), queueId, contact(contact), agentId, V));
        return this;
    }

    public CentreEvents left(String queueId, String contact, String time, LeaveReason reason) {
        events.add(new ContactLeftQueue(nextEventId(), at(time), queueId, contact(contact), reason, V));
        return this;
    }

    public CentreEvents hold(String queueId, String contact, String from, String to, String agentId) {
        events.add(new ContactHoldStarted(nextEventId(), at(from), queueId, contact(contact), agentId, V));
        events.add(new ContactHoldEnded(nextEventId(), at(to), queueId, contact(contact), agentId, V));
        return this;
    }

    public CentreEvents ended(String queueId, String contact, String time, String agentId, EndedBy by) {
        events.add(new ContactEnded(nextEventId(), at(time), queueId, contact(contact), agentId, by, V));
        return this;
    }

    public CentreEvents wrapped(String queueId, String contact, String time, String agentId, Disposition disposition) {
        events.add(
                new AfterContactWorkEnded(nextEventId(), at(time), queueId, contact(contact), agentId, disposition, V));
        return this;
    }

    public CentreEvents survey(String queueId, String contact, String time, int score) {
        events.add(new SurveyAnswered(nextEventId(), at(time), queueId, contact(contact), score, V));
        return this;
    }
}
