package org.trialline.wfm.requirements;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.wfm.problems.DateRange;
import reactor.core.publisher.Mono;

/** A queue's forecast with the agents each interval needs. */
@RestController
class RequirementsController {

    private final Requirements requirements;
    private final Clock clock;

    RequirementsController(Requirements requirements, Clock clock) {
        this.requirements = requirements;
        this.clock = clock;
    }

    /**
     * @param from the first day, in the queue's time zone
     * @param to the last day, included; at most a year after {@code from} and after today
     */
    @GetMapping("/api/wfm/queues/{id}/requirements")
    Mono<QueueRequirements> requirements(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange.check(from, to, LocalDate.now(clock));
        return requirements.of(id, from, to);
    }
}
