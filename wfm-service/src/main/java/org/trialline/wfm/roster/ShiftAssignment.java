package org.trialline.wfm.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One agent's day: the shift worked (none on a day off) and the one queue it covers. A multilingual agent covers a
 * single queue through a shift, so an agent is never counted in two queues at once.
 */
@PlanningEntity
public class ShiftAssignment {

    @PlanningId
    private String id;

    private Agent agent;
    private int day;
    private LocalDate date;

    @PlanningVariable(valueRangeProviderRefs = "options", nullable = true)
    private ShiftOption option;

    @PlanningVariable(valueRangeProviderRefs = "queues")
    private Queue queue;

    /** Started before a re-plan: history, never moved. */
    @PlanningPin
    private boolean pinned;

    /** What the published roster gave this day, when there is one. */
    private boolean published;

    private ShiftOption publishedOption;
    private Queue publishedQueue;

    public ShiftAssignment() {}

    public ShiftAssignment(Agent agent, int day, LocalDate date) {
        this.id = agent.id() + "/" + day;
        this.agent = agent;
        this.day = day;
        this.date = date;
    }

    /** Sets the day's shift and queue; null shift for a day off. */
    public ShiftAssignment with(ShiftOption option, Queue queue) {
        this.option = option;
        this.queue = queue;
        return this;
    }

    /** Records what the published roster gave this day, which a re-plan tries to keep. */
    public ShiftAssignment publishedAs(ShiftOption option, Queue queue) {
        this.published = true;
        this.publishedOption = option;
        this.publishedQueue = queue;
        return this;
    }

    public ShiftAssignment pin() {
        this.pinned = true;
        return this;
    }

    public boolean isWorking() {
        return option != null && queue != null;
    }

    /** Minutes from the horizon's first midnight; wall-clock minutes, so a day the clocks change counts 24 hours. */
    public int start() {
        return day * 1440 + option.startMinuteOfDay();
    }

    public int end() {
        return start() + option.template().lengthMinutes();
    }

    public LocalDateTime startTime() {
        return date.atTime(option.start());
    }

    public LocalDateTime endTime() {
        return startTime().plusMinutes(option.template().lengthMinutes());
    }

    public int workedMinutes() {
        return isWorking() ? option.template().workedMinutes() : 0;
    }

    public String templateId() {
        return option == null ? null : option.template().id();
    }

    public int week() {
        return day / 7;
    }

    public boolean isOnWeekend() {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    /** The Saturday of the weekend this day belongs to. */
    public LocalDate weekend() {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }

    /** Whether this shift staffs the whole interval in the demand's queue, outside its breaks. */
    public boolean covers(Demand demand) {
        if (!isWorking() || !queue.equals(demand.queue()) || start() > demand.start() || end() < demand.end()) {
            return false;
        }
        if (demand.templateId() != null && !demand.templateId().equals(templateId())) {
            return false;
        }
        return option.template().breaks().stream().noneMatch(pause -> {
            int from = start() + pause.offsetMinutes();
            return from < demand.end() && demand.start() < from + pause.minutes();
        });
    }

    /** Whether a re-plan changed what the published roster gave this day. */
    public boolean differsFromPublished() {
        if (!published) {
            return false;
        }
        if (!isWorking() || publishedOption == null) {
            return isWorking() != (publishedOption != null);
        }
        return !option.equals(publishedOption) || !Objects.equals(queue, publishedQueue);
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public int getDay() {
        return day;
    }

    public LocalDate getDate() {
        return date;
    }

    public ShiftOption getOption() {
        return option;
    }

    public void setOption(ShiftOption option) {
        this.option = option;
    }

    public Queue getQueue() {
        return queue;
    }

    public void setQueue(Queue queue) {
        this.queue = queue;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isPublished() {
        return published;
    }

    public ShiftOption getPublishedOption() {
        return publishedOption;
    }

    public Queue getPublishedQueue() {
        return publishedQueue;
    }

    @Override
    public String toString() {
        return id + (isWorking() ? " " + option + " " + queue.id() : " off");
    }
}
