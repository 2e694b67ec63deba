package org.trialline.kpi.feed;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.trialline.kpi.feed.FeedMessage.Alert;
import reactor.core.publisher.FluxSink;

/**
 * One client of a feed. It never trusts the client's demand: what the client has not taken yet is conflated (the
 * latest value per key), so it holds at most one value per key of the snapshot and a bounded number of alerts
 * whatever the client does, and a client that has taken nothing for longer than the lag limit is closed.
 */
final class Subscriber {

    static final int ALERTS_KEPT = 50;
    private static final Map<String, Object> JOINED = Map.of();

    private final String group;
    private final FluxSink<FeedMessage> sink;
    private final Duration lagLimit;
    private final LongSupplier clock;
    private final Map<String, Object> pending = new LinkedHashMap<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final Deque<Alert> alerts = new ArrayDeque<>();
    private boolean snapshotPending = true;
    private long version;
    private long waitingSince = -1;
    private boolean closed;
    private boolean draining;
    // what the client's snapshot held, until the first change is worked out against it rather than the topic's last
    private Map<String, Object> base;

    Subscriber(String group, FluxSink<FeedMessage> sink, Duration lagLimit, LongSupplier clock) {
        this.group = group;
        this.sink = sink;
        this.lagLimit = lagLimit;
        this.clock = clock;
    }

    String group() {
        return group;
    }

    /** The first snapshot, or the whole of a snapshot again after the client missed changes. */
    synchronized void snapshot(long version, Map<String, Object> values) {
        base = values;
        pending.clear();
        removed.clear();
        pending.putAll(values);
        snapshotPending = true;
        this.version = version;
        waiting();
    }

    /**
     * A change of the group: {@code all} its values now, of which {@code values} differ from what the group's other
     * clients were last sent and {@code gone} went away.
     */
    synchronized void changed(long version, Map<String, Object> all, Map<String, Object> values, Set<String> gone) {
        if (closed) {
            return;
        }
        if (base == null) {
            // not yet joined: its snapshot, still being read, will hold this change
            return;
        }
        if (base != JOINED) {
            values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : all.entrySet()) {
                if (!java.util.Objects.equals(base.get(entry.getKey()), entry.getValue())) {
                    values.put(entry.getKey(), entry.getValue());
                }
            }
            gone = new LinkedHashSet<>(base.keySet());
            gone.removeAll(all.keySet());
            base = JOINED;
        }
        if (values.isEmpty() && gone.isEmpty()) {
            return;
        }
        values.forEach((key, value) -> {
            pending.put(key, value);
            removed.remove(key);
        });
        if (!snapshotPending) {
            gone.forEach(key -> {
                pending.remove(key);
                removed.add(key);
            });
        } else {
            gone.forEach(pending::remove);
        }
        this.version = Math.max(this.version, version);
        waiting();
    }

    synchronized void alert(Alert alert) {
        if (closed) {
            return;
        }
        if (alerts.size() == ALERTS_KEPT) {
            alerts.removeFirst();
        }
        alerts.addLast(alert);
        waiting();
    }

    private void waiting() {
        if (waitingSince < 0) {
            waitingSince = clock.getAsLong();
        }
    }

    /**
     * Sends what is pending when the client asked for more, at most one feed message and the waiting alerts; closes
     * the client when it has let changes wait longer than the lag limit.
     */
    synchronized void drain() {
        // a client asking for more while it is handed a message comes back here on the same thread: the outer call
        // goes on with what is left, so that nothing goes out twice
        if (closed || draining || sink.isCancelled()) {
            return;
        }
        // nothing, not even an alert, may go out before the snapshot has been read
        if (waitingSince < 0 || base == null) {
            return;
        }
        if (sink.requestedFromDownstream() <= 0) {
            if (clock.getAsLong() - waitingSince > lagLimit.toMillis()) {
                closed = true;
                // let go of what it held at once, not when the closed stream gets round to leaving the topic
                pending.clear();
                removed.clear();
                alerts.clear();
                sink.error(new LaggingClientException(group, lagLimit));
            }
            return;
        }
        draining = true;
        try {
            if (snapshotPending || !pending.isEmpty() || !removed.isEmpty()) {
                String kind = snapshotPending ? FeedMessage.SNAPSHOT : FeedMessage.DELTA;
                List<String> gone = removed.isEmpty() ? null : new ArrayList<>(removed);
                FeedMessage message = new FeedMessage(kind, group, version, new LinkedHashMap<>(pending), gone, null);
                pending.clear();
                removed.clear();
                snapshotPending = false;
                sink.next(message);
            }
            while (!alerts.isEmpty() && sink.requestedFromDownstream() > 0) {
                sink.next(new FeedMessage(FeedMessage.ALERT, group, version, null, null, alerts.removeFirst()));
            }
        } finally {
            draining = false;
        }
        waitingSince = pending.isEmpty() && alerts.isEmpty() && !snapshotPending ? -1 : clock.getAsLong();
    }

    /** Values held for the client and not yet sent; bounded by the keys of one snapshot. */
    synchronized int held() {
        return pending.size() + removed.size() + alerts.size();
    }
}
