package org.trialline.queue.queues;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.events.Channel;
import org.trialline.events.QueueConfigured;
import org.trialline.events.QueueEvent;
import org.trialline.events.ServiceLevelVariant;
import org.trialline.queue.outbox.Outbox;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sets up the centre's queues and reads them back; every set-up is published as a {@code queue.configured}. */
@RestController
@RequestMapping("/api/queue/queues")
class QueueController {

    private final Queues queues;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Clock clock;

    QueueController(Queues queues, Outbox outbox, TransactionalOperator transaction, Clock clock) {
        this.queues = queues;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a planner sends to set up or change a queue; omitted settings take the centre's defaults. */
    record QueueSettings(
            @NotBlank String trial,

            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as es")
            String language,

            @NotNull Channel channel,

            @DecimalMin(value = "0.01") @DecimalMax(value = "1")
            BigDecimal serviceLevelTarget,

            @Min(1) @Max(3600) Integer serviceLevelSeconds,
            ServiceLevelVariant serviceLevelVariant,
            @Min(0) @Max(600) Integer shortAbandonSeconds,
            @Min(-100) @Max(100) Integer priority,
            RoutedBy routedBy) {

        Queue toQueue(String id) {
            return new Queue(
                    id,
                    trial,
                    language,
                    channel,
                    serviceLevelTarget == null ? new BigDecimal("0.80") : serviceLevelTarget,
                    serviceLevelSeconds == null ? 20 : serviceLevelSeconds,
                    serviceLevelVariant == null ? ServiceLevelVariant.STANDARD : serviceLevelVariant,
                    shortAbandonSeconds == null ? 5 : shortAbandonSeconds,
                    priority == null ? 0 : priority,
                    routedBy == null ? RoutedBy.TRIALLINE : routedBy);
        }
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<Queue>> put(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String id,
            @Valid @RequestBody QueueSettings settings) {
        Queue queue = settings.toQueue(id);
        // dated once the save has locked the row, so that of two racing set-ups the one stored last is dated last
        Mono<Boolean> saved = queues.save(queue)
                .flatMap(created ->
                        outbox.append(configured(queue, clock.instant())).thenReturn(created));
        return transaction
                .transactional(saved)
                .map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(queue));
    }

    private static QueueConfigured configured(Queue queue, Instant at) {
        return new QueueConfigured(
                UUID.randomUUID(),
                at,
                queue.id(),
                queue.trial(),
                queue.language(),
                queue.channel(),
                queue.serviceLevelTarget().doubleValue(),
                queue.serviceLevelSeconds(),
                queue.serviceLevelVariant(),
                queue.shortAbandonSeconds(),
                queue.priority(),
                QueueEvent.CURRENT_VERSION);
    }

    @GetMapping
    Flux<Queue> all() {
        return queues.all();
    }

    @GetMapping("/{id}")
    Mono<Queue> one(@PathVariable String id) {
        return queues.get(id);
    }
}
