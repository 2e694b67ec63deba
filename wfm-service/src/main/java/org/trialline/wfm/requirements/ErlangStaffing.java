package org.trialline.wfm.requirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.trialline.wfm.staffing.ErlangA;
import org.trialline.wfm.staffing.ErlangC;
import org.trialline.wfm.staffing.Performance;
import org.trialline.wfm.staffing.QueueModel;
import org.trialline.wfm.staffing.Requirement;
import org.trialline.wfm.staffing.Staffing;
import org.trialline.wfm.staffing.Target;
import org.trialline.wfm.staffing.Traffic;
import org.trialline.wfm.staffing.UnreachableTargetException;

/** Staffs an interval with Erlang A when the queue's plan gives callers' patience, and with Erlang C otherwise. */
@Component
class ErlangStaffing implements StaffingModel {

    @Override
    public StaffingResult staff(double calls, int intervalSeconds, double ahtSeconds, QueueTargets targets) {
        Traffic traffic = new Traffic(calls, intervalSeconds, ahtSeconds);
        boolean abandons = targets.patienceSeconds() != null;
        QueueModel model = abandons ? new ErlangA(traffic, targets.patienceSeconds()) : new ErlangC(traffic);
        Target target = new Target(
                targets.serviceLevel(), targets.answerSeconds(), targets.maxOccupancy(), targets.shrinkage());
        Requirement requirement;
        try {
            requirement = Staffing.required(model, target);
        } catch (UnreachableTargetException ex) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The queue's serviceLevelTarget cannot be reached for a forecast interval: " + ex.getMessage());
            problem.setTitle("Unreachable target");
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, ex);
        }
        Performance performance = requirement.performance();
        return new StaffingResult(
                requirement.agents(),
                requirement.scheduledAgents(),
                performance.serviceLevel(),
                performance.probabilityOfWaiting(),
                performance.asaSeconds(),
                performance.occupancy(),
                abandons ? performance.probabilityOfAbandon() : null);
    }
}
