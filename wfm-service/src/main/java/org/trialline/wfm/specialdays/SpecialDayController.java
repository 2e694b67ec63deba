package org.trialline.wfm.specialdays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.wfm.problems.DateRange;
import org.trialline.wfm.problems.InvalidFieldException;
import org.trialline.wfm.queues.QueuePlans;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Holidays and campaigns the planner declares, which the forecasts then follow. */
@RestController
@RequestMapping("/api/wfm/special-days")
class SpecialDayController {

    private final SpecialDays days;
    private final QueuePlans plans;
    private final Clock clock;

    SpecialDayController(SpecialDays days, QueuePlans plans, Clock clock) {
        this.days = days;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * @param queueId the queue it applies to; every queue when absent
     * @param to the last day, included; {@code from} when absent
     * @param factor the calls of those days times this; 0, a holiday, when absent
     */
    record Declaration(
            @NotBlank @Size(max = 200) String name,
            String queueId,
            @NotNull LocalDate from,
            LocalDate to,
            @DecimalMin("0") @DecimalMax("100") Double factor) {}

    @PostMapping
    Mono<ResponseEntity<SpecialDay>> declare(@Valid @RequestBody Declaration declaration) {
        LocalDate to = declaration.to() == null ? declaration.from() : declaration.to();
        DateRange.check(declaration.from(), to, LocalDate.now(clock));
        SpecialDay day = new SpecialDay(
                UUID.randomUUID(),
                declaration.name().trim(),
                declaration.queueId(),
                declaration.from(),
                to,
                declaration.factor() == null ? 0 : declaration.factor());
        Mono<Void> queueKnown = day.queueId() == null
                ? Mono.empty()
                : plans.get(day.queueId())
                        .onErrorMap(
                                ResponseStatusException.class,
                                unknown -> new InvalidFieldException(
                                        "queueId", day.queueId(), "is not a queue set up for planning"))
                        .then();
        return queueKnown
                .then(days.save(day))
                .thenReturn(ResponseEntity.status(HttpStatus.CREATED).body(day));
    }

    @GetMapping
    Flux<SpecialDay> list(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange.check(from, to, to);
        return days.between(from, to);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> withdraw(@PathVariable UUID id) {
        return days.delete(id)
                .flatMap(deleted -> deleted
                        ? Mono.<Void>empty()
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no special day " + id)));
    }
}
