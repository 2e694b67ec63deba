package org.trialline.queue.ingest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.events.AgentConfigured;
import org.trialline.events.QueueConfigured;
import org.trialline.events.QueueEvent;
import org.trialline.platform.problem.Problems;
import org.trialline.queue.contacts.EventNames;
import org.trialline.queue.switchboard.Outcome;
import org.trialline.queue.switchboard.Switchboard;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the phone system and the IVR report what happened. Idempotent by {@code eventId}: a repeated delivery answers
 * as the first did and changes nothing.
 */
@RestController
@RequestMapping("/api/queue/events")
class EventController {

    // enough for a telephony adapter to flush a second of a busy centre in one request
    private static final int MAX_BATCH = 1000;
    private static final String BATCH = "/batch";
    private static final String BATCH_PATH = "/api/queue/events" + BATCH;

    // the request that sets up what these events describe, and writes them
    private static final Map<Class<? extends QueueEvent>, String> SET_UP_BY = Map.of(
            QueueConfigured.class, "PUT /api/queue/queues/{id}",
            AgentConfigured.class, "PUT /api/queue/agents/{id}");

    private final Switchboard switchboard;

    EventController(Switchboard switchboard) {
        this.switchboard = switchboard;
    }

    record Taken(UUID eventId, Outcome outcome) {}

    /** One result of a batch: the outcome, or the problem that refused the event. */
    record BatchResult(UUID eventId, Outcome outcome, ProblemDetail problem) {}

    @PostMapping
    Mono<ResponseEntity<Taken>> take(@RequestBody QueueEvent event) {
        return apply(event)
                .map(outcome -> ResponseEntity.status(outcome == Outcome.APPLIED ? HttpStatus.ACCEPTED : HttpStatus.OK)
                        .body(new Taken(event.eventId(), outcome)));
    }

    /** Applies the events in order, each on its own: one refused event does not hold back the others. */
    @PostMapping(BATCH)
    Flux<BatchResult> takeAll(@RequestBody @NotEmpty @Size(max = MAX_BATCH) List<QueueEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> apply(event)
                        .map(outcome -> new BatchResult(event.eventId(), outcome, null))
                        // any failure, not only a refusal, becomes that event's result: the rest of the batch counts
                        .onErrorResume(failure -> Mono.just(
                                new BatchResult(event.eventId(), null, Problems.describe(failure, BATCH_PATH)))));
    }

    private Mono<Outcome> apply(QueueEvent event) {
        String setUpBy = SET_UP_BY.get(event.getClass());
        if (setUpBy != null) {
            return Mono.error(new SetUpEventException(EventNames.of(event), setUpBy));
        }
        return switchboard.take(event);
    }
}
