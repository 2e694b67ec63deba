package org.trialline.kpi.state;

import java.time.LocalDate;
import java.util.UUID;
import org.trialline.kpi.view.Group;

/** The names of kpi-stream's Redis keys, all under one prefix so that instances of a centre share them. */
public final class Keys {

    private final String prefix;

    public Keys(String prefix) {
        this.prefix = prefix;
    }

    /** What is known of a contact, merged from its events, and what it has added to the figures so far. */
    public String contact(UUID contactId) {
        return prefix + "contact:" + contactId;
    }

    /** Set when an event has been applied; an eventId seen again changes nothing. */
    public String seen(UUID eventId) {
        return prefix + "seen:" + eventId;
    }

    /** The latest event time seen: the "now" of every window, so that a replay of old calls is counted as it was. */
    public String clock() {
        return prefix + "clock";
    }

    /** Goes up with every change; feeds carry it so a client can tell old values from new. */
    public String version() {
        return prefix + "version";
    }

    /** Redis pub/sub channel on which every instance hears which queues changed. */
    public String changes() {
        return prefix + "changes";
    }

    /** Redis pub/sub channel for threshold crossings. */
    public String alerts() {
        return prefix + "alerts";
    }

    /** Contacts waiting in a queue, scored by enqueue time in epoch milliseconds. */
    public String waiting(String queueId) {
        return prefix + "waiting:" + queueId;
    }

    /** The contacts of a queue still kept, so that a change of the queue's settings can count them again. */
    public String contactsOf(String queueId) {
        return prefix + "contacts:" + queueId;
    }

    /** Every queue seen, configured or not. */
    public String queues() {
        return prefix + "queues";
    }

    public String queue(String queueId) {
        return prefix + "queue:" + queueId;
    }

    /** Every agent seen. */
    public String agents() {
        return prefix + "agents";
    }

    /** An agent's current state, reason and since, and their skills once configured. */
    public String agent(String agentId) {
        return prefix + "agent:" + agentId;
    }

    /** An agent's name and skills, from their latest {@code agent.configured}. */
    public String skills(String agentId) {
        return prefix + "skills:" + agentId;
    }

    /** An agent's states by the time each began; the time in each state is read from it. */
    public String timeline(String agentId) {
        return prefix + "timeline:" + agentId;
    }

    public String thresholds(String queueId) {
        return prefix + "thresholds:" + queueId;
    }

    /** The last status of a threshold, so that a crossing is announced once whatever the number of instances. */
    public String alertStatus(Group group, String metric) {
        return prefix + "alert:" + group + ":" + metric;
    }

    /** Counters of the contacts of a group that entered the queue in one minute (epoch minute). */
    public String minute(long epochMinute, Group group) {
        return prefix + "m:" + epochMinute + ":" + group;
    }

    /** Counters of the contacts of a group that entered the queue on one day of the centre. */
    public String day(LocalDate day, Group group) {
        return prefix + "d:" + day + ":" + group;
    }

    /** The distinct patients of a minute's contacts who reached a stage of the enrollment funnel. */
    public String minuteFunnel(long epochMinute, Group group, FunnelStage stage) {
        return prefix + "fm:" + epochMinute + ":" + group + ":" + stage.key();
    }

    public String dayFunnel(LocalDate day, Group group, FunnelStage stage) {
        return prefix + "fd:" + day + ":" + group + ":" + stage.key();
    }
}
