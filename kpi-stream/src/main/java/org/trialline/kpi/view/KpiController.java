package org.trialline.kpi.view;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.kpi.config.KpiProperties.Thresholds;
import reactor.core.publisher.Mono;

/** Snapshots of a group as they are now, and the thresholds a queue is judged by. */
@RestController
@RequestMapping("/api/kpi")
class KpiController {

    private final Snapshots snapshots;
    private final ThresholdsStore thresholds;

    KpiController(Snapshots snapshots, ThresholdsStore thresholds) {
        this.snapshots = snapshots;
        this.thresholds = thresholds;
    }

    /** {@code all}, then every {@code queue:}, {@code trial:} and {@code language:} group there is. */
    @GetMapping("/groups")
    Mono<List<String>> groups() {
        return snapshots.groups();
    }

    @GetMapping("/snapshot/{group}")
    Mono<Snapshot> snapshot(@PathVariable String group) {
        return Mono.defer(() -> snapshots.read(Groups.parse(group)));
    }

    @GetMapping("/queues/{queueId}/thresholds")
    Mono<Thresholds> thresholds(@PathVariable String queueId) {
        return snapshots.queuesOf(Group.queue(queueId)).then(thresholds.get(queueId));
    }

    /**
     * A queue's thresholds. Service level warns below {@code serviceLevelWarn} and alerts below the lower
     * {@code serviceLevelAlert}; the oldest wait and the abandonment rate warn above their warn value and alert above
     * the higher alert value.
     */
    record ThresholdsRequest(
            @NotNull @DecimalMin("0") @DecimalMax("1") Double serviceLevelWarn,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double serviceLevelAlert,
            @NotNull @Min(0) @Max(86_400) Long oldestWaitWarnSeconds,
            @NotNull @Min(0) @Max(86_400) Long oldestWaitAlertSeconds,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double abandonmentWarn,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double abandonmentAlert) {}

    @PutMapping("/queues/{queueId}/thresholds")
    Mono<Thresholds> putThresholds(@PathVariable String queueId, @Valid @RequestBody ThresholdsRequest request) {
        if (request.serviceLevelAlert() > request.serviceLevelWarn()) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "serviceLevelAlert must not be above serviceLevelWarn (was " + request.serviceLevelAlert()
                            + " above " + request.serviceLevelWarn() + ")"));
        }
        if (request.oldestWaitAlertSeconds() < request.oldestWaitWarnSeconds()) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "oldestWaitAlertSeconds must not be below oldestWaitWarnSeconds (was "
                            + request.oldestWaitAlertSeconds() + " below " + request.oldestWaitWarnSeconds() + ")"));
        }
        if (request.abandonmentAlert() < request.abandonmentWarn()) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "abandonmentAlert must not be below abandonmentWarn (was " + request.abandonmentAlert() + " below "
                            + request.abandonmentWarn() + ")"));
        }
        Thresholds wanted = new Thresholds(
                request.serviceLevelWarn(),
                request.serviceLevelAlert(),
                request.oldestWaitWarnSeconds(),
                request.oldestWaitAlertSeconds(),
                request.abandonmentWarn(),
                request.abandonmentAlert());
        return snapshots.queuesOf(Group.queue(queueId)).then(thresholds.put(queueId, wanted));
    }
}
