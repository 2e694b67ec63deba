package org.trialline.wfm.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staffing calculator planners use directly: the agents one interval's calls need under Erlang C or Erlang A, or,
 * with {@code agents} given, what that many agents achieve.
 */
@RestController
@RequestMapping("/api/wfm/staffing")
class StaffingController {

    @PostMapping("/erlang-c")
    StaffingAnswer erlangC(@Valid @RequestBody StaffingRequest request) {
        if (request.patienceSeconds() != null) {
            throw badRequest("patienceSeconds is for Erlang A; Erlang C callers wait as long as it takes");
        }
        Traffic traffic = new Traffic(request.callsPerInterval(), request.intervalSeconds(), request.ahtSeconds());
        Target target = target(
                request.targetServiceLevel(),
                request.targetAnswerSeconds(),
                request.maxOccupancy(),
                request.shrinkage());
        return StaffingAnswer.of(solve(new ErlangC(traffic), target, request.agents()), traffic, false);
    }

    @PostMapping("/erlang-a")
    StaffingAnswer erlangA(@Valid @RequestBody StaffingRequest request) {
        if (request.patienceSeconds() == null) {
            throw badRequest("patienceSeconds is required: the callers' mean patience in seconds");
        }
        Traffic traffic = new Traffic(request.callsPerInterval(), request.intervalSeconds(), request.ahtSeconds());
        Target target = target(
                request.targetServiceLevel(),
                request.targetAnswerSeconds(),
                request.maxOccupancy(),
                request.shrinkage());
        return StaffingAnswer.of(
                solve(new ErlangA(traffic, request.patienceSeconds()), target, request.agents()), traffic, true);
    }

    private static ErrorResponseException badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("field", "patienceSeconds");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static Target target(double serviceLevel, double answerSeconds, Double maxOccupancy, Double shrinkage) {
        return new Target(
                serviceLevel,
                answerSeconds,
                maxOccupancy == null ? 1 : maxOccupancy,
                shrinkage == null ? 0 : shrinkage);
    }

    private static Requirement solve(QueueModel model, Target target, Integer agents) {
        if (agents != null) {
            return Staffing.evaluate(model, target, agents);
        }
        try {
            return Staffing.required(model, target);
        } catch (UnreachableTargetException ex) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "targetServiceLevel cannot be reached: " + ex.getMessage()
                            + "; lower targetServiceLevel or maxOccupancy, or raise targetAnswerSeconds");
            problem.setTitle("Unreachable target");
            problem.setProperty("field", "targetServiceLevel");
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, ex);
        }
    }

    // bounds are what one queue's interval can mean; 100 % is excluded because an Erlang queue always makes someone
    // wait; patienceSeconds is Erlang A's alone: required there, refused with Erlang C rather than silently ignored
    record StaffingRequest(
            @NotNull @DecimalMin("0") @DecimalMax("1000000") Double callsPerInterval,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400")
            Double intervalSeconds,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400")
            Double ahtSeconds,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "1", inclusive = false, message = "must be below 1: some caller always waits")
            Double targetServiceLevel,

            @NotNull @DecimalMin("0") @DecimalMax("3600") Double targetAnswerSeconds,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double maxOccupancy,

            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
            Double shrinkage,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400")
            Double patienceSeconds,

            @Min(0) @Max(Staffing.MAX_AGENTS) Integer agents) {}

    /**
     * What the calculator answers. {@code asaSeconds} is absent when the queue grows without bound (Erlang C with no
     * more agents than Erlangs); {@code probabilityOfAbandon} only comes with Erlang A.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StaffingAnswer(
            int agents,
            int scheduledAgents,
            double erlangs,
            double serviceLevel,
            double probabilityOfWaiting,
            Double asaSeconds,
            double occupancy,
            Double probabilityOfAbandon) {

        static StaffingAnswer of(Requirement requirement, Traffic traffic, boolean abandons) {
            Performance performance = requirement.performance();
            double asa = performance.asaSeconds();
            return new StaffingAnswer(
                    requirement.agents(),
                    requirement.scheduledAgents(),
                    traffic.erlangs(),
                    performance.serviceLevel(),
                    performance.probabilityOfWaiting(),
                    Double.isInfinite(asa) ? null : asa,
                    performance.occupancy(),
                    abandons ? performance.probabilityOfAbandon() : null);
        }
    }
}
