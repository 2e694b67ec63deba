package org.trialline.wfm.roster;

import java.time.LocalDate;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A roster being planned: the agents, what the queues need, and every agent's day over the horizon. */
@PlanningSolution
public class Roster {

    private LocalDate firstDay;
    private int days;

    @ProblemFactCollectionProperty
    private List<Agent> agents;

    @ProblemFactCollectionProperty
    private List<ShiftTemplate> templates;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "options")
    private List<ShiftOption> options;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "queues")
    private List<Queue> queues;

    @ProblemFactCollectionProperty
    private List<Demand> demands;

    @ProblemFactCollectionProperty
    private List<ShiftRequest> requests;

    @PlanningEntityCollectionProperty
    private List<ShiftAssignment> assignments;

    @PlanningScore
    private HardMediumSoftScore score;

    public Roster() {}

    public Roster(
            LocalDate firstDay,
            int days,
            List<Agent> agents,
            List<ShiftTemplate> templates,
            List<ShiftOption> options,
            List<Queue> queues,
            List<Demand> demands,
            List<ShiftRequest> requests,
            List<ShiftAssignment> assignments) {
        this.firstDay = firstDay;
        this.days = days;
        this.agents = agents;
        this.templates = templates;
        this.options = options;
        this.queues = queues;
        this.demands = demands;
        this.requests = requests;
        this.assignments = assignments;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public int getDays() {
        return days;
    }

    public List<Agent> getAgents() {
        return agents;
    }

    public List<ShiftTemplate> getTemplates() {
        return templates;
    }

    public List<ShiftOption> getOptions() {
        return options;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<Demand> getDemands() {
        return demands;
    }

    public List<ShiftRequest> getRequests() {
        return requests;
    }

    public List<ShiftAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
