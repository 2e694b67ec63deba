package org.trialline.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.trialline.events.ContactQueued;
import org.trialline.events.QueueEvent;

/**
 * Sends a plan's events through the gateway in time: each event when its time has come at the chosen speed, or all
 * at once at full speed. What is due is sent per lane in batches, the lanes side by side.
 */
final class Sender {

    static final int BATCH = 200;
    // a paced replay runs for many minutes beside the stack's own output; a line a minute is enough there
    private static final Duration PROGRESS_AT_FULL_SPEED = Duration.ofSeconds(10);
    private static final Duration PROGRESS_PACED = Duration.ofMinutes(1);
    private static final int LISTED_REFUSALS = 10;

    private final GatewayClient gateway;
    private final String telephony;
    private final int lanes;
    private final PrintStream out;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong contactsTaken = new AtomicLong();
    private final List<String> refusals = new ArrayList<>();

    Sender(GatewayClient gateway, String telephony, int lanes, PrintStream out) {
        this.gateway = gateway;
        this.telephony = telephony;
        this.lanes = lanes;
        this.out = out;
    }

    /** What the system said of the events sent. */
    record Tally(long applied, long duplicates, long refused, long contactsTaken, List<String> refusals) {

        long events() {
            return applied + duplicates + refused;
        }
    }

    Tally send(List<CallPlan.Step> steps, double speed) {
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long every = (Double.isInfinite(speed) ? PROGRESS_AT_FULL_SPEED : PROGRESS_PACED).toSeconds();
        progress.scheduleAtFixedRate(
                () -> out.println("replay: " + sent() + " of " + steps.size() + " events sent"),
                every,
                every,
                TimeUnit.SECONDS);
        try {
            Instant start = Instant.now();
            Instant firstEvent = steps.isEmpty() ? start : steps.get(0).event().occurredAt();
            int next = 0;
            while (next < steps.size()) {
                int due = next;
                Instant now = Instant.now();
                while (due < steps.size()
                        && dueAt(steps.get(due), firstEvent, start, speed).compareTo(now) <= 0) {
                    due++;
                }
                if (due == next) {
                    pause(Duration.between(now, dueAt(steps.get(next), firstEvent, start, speed)));
                    continue;
                }
                sendAll(pool, steps.subList(next, due));
                next = due;
            }
            return new Tally(
                    applied.get(), duplicates.get(), refused.get(), contactsTaken.get(), List.copyOf(refusals));
        } finally {
            progress.shutdownNow();
            pool.shutdownNow();
        }
    }

    private long sent() {
        return applied.get() + duplicates.get() + refused.get();
    }

    private static Instant dueAt(CallPlan.Step step, Instant firstEvent, Instant start, double speed) {
        if (Double.isInfinite(speed)) {
            return start;
        }
        long nanos = Duration.between(firstEvent, step.event().occurredAt()).toNanos();
        return start.plusNanos((long) (nanos / speed));
    }

    private void sendAll(ExecutorService pool, List<CallPlan.Step> due) {
        List<List<QueueEvent>> byLane = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            byLane.add(new ArrayList<>());
        }
        due.forEach(step -> byLane.get(step.lane()).add(step.event()));
        List<Future<?>> sent = new ArrayList<>();
        for (List<QueueEvent> lane : byLane) {
            if (!lane.isEmpty()) {
                sent.add(pool.submit(() -> sendLane(lane)));
            }
        }
        for (Future<?> future : sent) {
            await(future);
        }
    }

    private void sendLane(List<QueueEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<QueueEvent> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            List<GatewayClient.BatchResult> results = gateway.sendEvents(telephony, batch);
            for (int i = 0; i < results.size(); i++) {
                count(batch.get(i), results.get(i));
            }
        }
    }

    private void count(QueueEvent event, GatewayClient.BatchResult result) {
        if ("APPLIED".equals(result.outcome())) {
            applied.incrementAndGet();
        } else if ("DUPLICATE".equals(result.outcome())) {
            duplicates.incrementAndGet();
        } else {
            refused.incrementAndGet();
            synchronized (refusals) {
                if (refusals.size() < LISTED_REFUSALS) {
                    String detail = result.problem() == null
                            ? "no outcome"
                            : result.problem().path("detail").asString();
                    refusals.add(event.getClass().getSimpleName() + " " + event.eventId() + ": " + detail);
                }
            }
            return;
        }
        if (event instanceof ContactQueued) {
            contactsTaken.incrementAndGet();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ReplayException(String.valueOf(e.getCause()));
        }
    }

    private static void pause(Duration duration) {
        long millis = Math.max(1, Math.min(duration.toMillis(), 1000));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted");
        }
    }
}
