package org.trialline.wfm.queues;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.wfm.config.WfmProperties;
import org.trialline.wfm.problems.InvalidFieldException;
import reactor.core.publisher.Mono;

/** Sets up how a queue is planned and reads it back. */
@RestController
@RequestMapping("/api/wfm/queues")
class QueuePlanController {

    private static final Pattern QUEUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final QueuePlans plans;
    private final WfmProperties properties;

    QueuePlanController(QueuePlans plans, WfmProperties properties) {
        this.plans = plans;
        this.properties = properties;
    }

    /** What a planner sends; omitted settings take the defaults of the README. */
    record PlanSettings(
            String timeZone,
            Integer intervalMinutes,

            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(
                    value = "1",
                    inclusive = false,
                    message = "must be below 1: no staffing answers every call in time")
            Double serviceLevelTarget,

            @Min(0) @Max(3600) Integer serviceLevelSeconds,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double maxOccupancy,

            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false, message = "must be below 1")
            Double shrinkage,

            @Positive @Max(3600) Integer patienceSeconds) {}

    // checked by hand rather than by a constraint on the path variable, under which the body's invalid fields would
    // be reported without their names
    @PutMapping("/{id}")
    Mono<ResponseEntity<QueuePlan>> put(@PathVariable String id, @Valid @RequestBody PlanSettings settings) {
        if (!QUEUE_ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", id, "must be a queue id of queue-service such as HEART-2.es.voice");
        }
        QueuePlan plan = toPlan(id, settings);
        return plans.save(plan)
                .map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(plan));
    }

    @GetMapping("/{id}")
    Mono<QueuePlan> get(@PathVariable String id) {
        return plans.get(id);
    }

    private QueuePlan toPlan(String id, PlanSettings settings) {
        int minutes = settings.intervalMinutes() == null ? 30 : settings.intervalMinutes();
        if (minutes != 15 && minutes != 30) {
            throw new InvalidFieldException("intervalMinutes", minutes, "must be 15 or 30");
        }
        return new QueuePlan(
                id,
                zone(settings.timeZone()),
                minutes,
                orDefault(settings.serviceLevelTarget(), 0.8),
                settings.serviceLevelSeconds() == null ? 20 : settings.serviceLevelSeconds(),
                orDefault(settings.maxOccupancy(), 0.85),
                orDefault(settings.shrinkage(), 0.3),
                settings.patienceSeconds());
    }

    private ZoneId zone(String name) {
        if (name == null) {
            return properties.centreTimeZone();
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException ex) {
            throw new InvalidFieldException("timeZone", name, "must be a time zone such as Europe/Madrid");
        }
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
