package org.trialline.wfm;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.trialline.wfm.requirements.QueueTargets;
import org.trialline.wfm.requirements.StaffingModel;
import org.trialline.wfm.requirements.StaffingResult;

/**
 * A staffing model simple enough to check by hand, for testing the requirements endpoint apart from the Erlang
 * maths: agents = ⌈workload ÷ maximum occupancy⌉, scheduled = ⌈agents ÷ (1 − shrinkage)⌉, where workload = calls ×
 * AHT ÷ interval length. It reports the target as the service level reached and 0.5 as the probability of waiting.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HandCheckedStaffing {

    // primary, so that it stands in front of the service's own model in the tests that import it
    @Bean
    @Primary
    StaffingModel handCheckedStaffing() {
        return (calls, intervalSeconds, ahtSeconds, targets) -> staff(calls, intervalSeconds, ahtSeconds, targets);
    }

    static StaffingResult staff(double calls, int intervalSeconds, double ahtSeconds, QueueTargets targets) {
        double workload = calls * ahtSeconds / intervalSeconds;
        int agents = (int) Math.ceil(workload / targets.maxOccupancy());
        int scheduled = (int) Math.ceil(agents / (1 - targets.shrinkage()));
        return new StaffingResult(agents, scheduled, targets.serviceLevel(), 0.5, 0, workload / agents);
    }
}
