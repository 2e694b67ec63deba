package org.trialline.wfm.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.trialline.wfm.config.WfmProperties;
import org.trialline.wfm.problems.InvalidFieldException;
import org.trialline.wfm.requirements.QueueRequirements;
import org.trialline.wfm.requirements.Requirements;
import org.trialline.wfm.roster.RosterStore.StoredRoster;
import org.trialline.wfm.roster.RosterViews.AgentView;
import org.trialline.wfm.roster.RosterViews.BrokenRule;
import org.trialline.wfm.roster.RosterViews.Coverage;
import org.trialline.wfm.roster.RosterViews.CoverageRow;
import org.trialline.wfm.roster.RosterViews.Explanation;
import org.trialline.wfm.roster.RosterViews.RosterEvent;
import org.trialline.wfm.roster.RosterViews.RosterSummary;
import org.trialline.wfm.roster.RosterViews.RosterView;
import org.trialline.wfm.roster.RosterViews.ScoreView;
import org.trialline.wfm.roster.RosterViews.ShiftView;
import org.trialline.wfm.roster.RosterViews.SickCall;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Plans rosters in the background: starts and stops solves, keeps each solve's best roster and streams its score,
 * publishes, and re-plans around a sick call. A solve's best roster lives in this instance until the solve ends and it
 * is stored; another instance sees the roster as solving but only the stored one.
 */
@Service
public class RosterPlanner {

    private static final Logger log = LoggerFactory.getLogger(RosterPlanner.class);

    private final SolverManager<Roster, UUID> solverManager;
    private final SolutionManager<Roster, HardMediumSoftScore> solutionManager;
    private final RosterStore store;
    private final Requirements requirements;
    private final WfmProperties properties;
    private final Clock clock;
    private final Map<UUID, Solve> solves = new ConcurrentHashMap<>();

    RosterPlanner(
            SolverManager<Roster, UUID> solverManager,
            SolutionManager<Roster, HardMediumSoftScore> solutionManager,
            RosterStore store,
            Requirements requirements,
            WfmProperties properties,
            Clock clock) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.store = store;
        this.requirements = requirements;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks and stores a problem, filling in each queue's demand the request left out from its requirements. */
    Mono<UUID> create(RosterRequest request) {
        RosterRequestCheck.check(request);
        UUID id = UUID.randomUUID();
        return Flux.fromIterable(request.queues())
                .concatMap(queue -> withDemand(queue, request))
                .collectList()
                .map(request::withQueues)
                .flatMap(resolved -> store.insert(id, resolved))
                .thenReturn(id);
    }

    private Mono<RosterRequest.QueueSpec> withDemand(RosterRequest.QueueSpec queue, RosterRequest request) {
        if (queue.demand() != null) {
            return Mono.just(queue);
        }
        ZoneId zone = zone(request);
        LocalDate last = request.firstDay().plusDays(request.days() - 1L);
        return requirements.of(queue.id(), request.firstDay(), last).map(needs -> {
            List<RosterRequest.DemandSpec> demand = new ArrayList<>();
            for (QueueRequirements.Day day : needs.days()) {
                for (QueueRequirements.Interval interval : day.intervals()) {
                    if (interval.scheduledAgents() > 0) {
                        demand.add(new RosterRequest.DemandSpec(
                                interval.start().atZoneSameInstant(zone).toLocalDateTime(),
                                interval.end().atZoneSameInstant(zone).toLocalDateTime(),
                                interval.scheduledAgents(),
                                null,
                                null,
                                null));
                    }
                }
            }
            return new RosterRequest.QueueSpec(queue.id(), queue.language(), queue.trial(), demand);
        });
    }

    /**
     * Starts solving in the background. Once a roster is published, shifts that started before now stay pinned and
     * the solve keeps as close to the published roster as the rules and demand let it.
     */
    Mono<RosterView> solve(UUID id) {
        return store.find(id).flatMap(stored -> {
            if (solves.containsKey(id)) {
                return Mono.error(new RosterConflictException("Roster " + id + " is being solved already"));
            }
            Roster roster = build(stored);
            return store.saveStatus(id, RosterStatus.SOLVING).then(Mono.fromCallable(() -> {
                start(id, roster);
                return view(stored, roster, RosterStatus.SOLVING);
            }));
        });
    }

    // each solve has an id of its own: the solver manager still holds a finished solve's id for a moment after its
    // last roster arrives, and a re-plan started in that moment would be refused under the roster's id
    private void start(UUID id, Roster roster) {
        Solve solve = new Solve(roster);
        solves.put(id, solve);
        log.info("Solving roster {} as solve {}", id, solve.solveId);
        try {
            solverManager.solveAndListen(
                    solve.solveId,
                    ignored -> roster,
                    best -> solve.improved(id, best),
                    last -> finish(id, solve, last),
                    (problemId, failure) -> fail(id, solve, failure));
        } catch (RuntimeException e) {
            solves.remove(id);
            throw e;
        }
    }

    private void finish(UUID id, Solve solve, Roster last) {
        solve.best = last;
        store.saveRoster(id, RosterBuilder.shifts(last), last.getScore().toString())
                .doOnSuccess(done -> log.info("Roster {} solved: {}", id, last.getScore()))
                .doFinally(signal -> {
                    solves.remove(id);
                    solve.end(id, RosterStatus.SOLVED);
                })
                .subscribe(done -> {}, failure -> log.error("Roster {} could not be stored", id, failure));
    }

    // the roster falls back to what was stored before the solve
    private void fail(UUID id, Solve solve, Throwable failure) {
        log.error("Solving roster {} failed", id, failure);
        store.saveStatus(id, RosterStatus.SOLVED)
                .doFinally(signal -> {
                    solves.remove(id);
                    solve.end(id, RosterStatus.SOLVED);
                })
                .subscribe(done -> {}, error -> log.error("Roster {} status not stored", id, error));
    }

    Mono<Void> stop(UUID id) {
        return store.find(id).flatMap(stored -> {
            Solve solve = solves.get(id);
            if (solve == null) {
                return Mono.error(new RosterConflictException("Roster " + id + " is not being solved"));
            }
            solverManager.terminateEarly(solve.solveId);
            return Mono.empty();
        });
    }

    Mono<RosterView> publish(UUID id) {
        if (solves.containsKey(id)) {
            return Mono.error(new RosterConflictException("Roster " + id + " is being solved; stop it first"));
        }
        return store.publish(id)
                .flatMap(published -> published
                        ? roster(id)
                        : store.find(id)
                                .then(Mono.error(
                                        new RosterConflictException("Roster " + id + " has not been solved"))));
    }

    /** Records the sickness as unavailability and re-plans the rest of the horizon around it. */
    Mono<RosterView> sickCall(UUID id, SickCall call) {
        return store.find(id).flatMap(stored -> {
            if (solves.containsKey(id)) {
                return Mono.error(new RosterConflictException("Roster " + id + " is being solved; stop it first"));
            }
            RosterRequest problem = stored.problem();
            if (call.agentId() == null
                    || problem.agents().stream().noneMatch(agent -> agent.id().equals(call.agentId()))) {
                return Mono.error(new InvalidFieldException("agentId", call.agentId(), "names no agent of the roster"));
            }
            LocalDateTime from = call.from() == null ? LocalDateTime.now(clock.withZone(zone(problem))) : call.from();
            if (call.to() == null || !call.to().isAfter(from)) {
                return Mono.error(new InvalidFieldException("to", call.to(), "must be after from"));
            }
            List<RosterRequest.AgentSpec> agents = problem.agents().stream()
                    .map(agent -> agent.id().equals(call.agentId()) ? sick(agent, from, call.to()) : agent)
                    .toList();
            return store.saveProblem(id, problem.withAgents(agents)).then(solve(id));
        });
    }

    private static RosterRequest.AgentSpec sick(RosterRequest.AgentSpec agent, LocalDateTime from, LocalDateTime to) {
        List<RosterRequest.SpanSpec> unavailable =
                new ArrayList<>(agent.unavailable() == null ? List.of() : agent.unavailable());
        unavailable.add(new RosterRequest.SpanSpec(from, to));
        return new RosterRequest.AgentSpec(
                agent.id(),
                agent.name(),
                agent.languages(),
                agent.trials(),
                agent.queues(),
                agent.contract(),
                agent.daysOff(),
                unavailable,
                agent.requests());
    }

    /** Every roster, newest first; one this instance is solving says so, whatever the store holds. */
    Flux<RosterSummary> list() {
        return store.list()
                .map(summary -> solves.containsKey(summary.id())
                        ? new RosterSummary(
                                summary.id(), summary.name(), RosterStatus.SOLVING, summary.firstDay(), summary.weeks())
                        : summary);
    }

    Mono<RosterView> roster(UUID id) {
        return current(id).map(this::viewOf);
    }

    RosterView viewOf(Snapshot now) {
        return view(now.stored, now.roster, now.status);
    }

    /** The score as it changes: the latest best while solving, then the final one; just the current when idle. */
    Flux<RosterEvent> events(UUID id) {
        Solve solve = solves.get(id);
        if (solve != null) {
            return solve.events.asFlux();
        }
        return current(id)
                .map(now -> new RosterEvent(id, now.status, ScoreView.of(now.roster.getScore())))
                .flux();
    }

    Mono<Coverage> coverage(UUID id) {
        return current(id).map(now -> {
            List<CoverageRow> rows = now.roster.getDemands().stream()
                    .sorted(Comparator.comparing(
                                    (Demand demand) -> demand.queue().id())
                            .thenComparing(Demand::start))
                    .map(demand -> new CoverageRow(
                            demand.queue().id(),
                            demand.startTime(),
                            demand.startTime().plusMinutes(demand.end() - demand.start()),
                            demand.required(),
                            (int) now.roster.getAssignments().stream()
                                    .filter(day -> day.covers(demand))
                                    .count()))
                    .toList();
            return new Coverage(id, ScoreView.of(now.roster.getScore()), rows);
        });
    }

    Mono<Explanation> explanation(UUID id) {
        return current(id).map(now -> explain(id, now.roster));
    }

    private Explanation explain(UUID id, Roster roster) {
        ScoreExplanation<Roster, HardMediumSoftScore> explanation = solutionManager.explain(roster);
        List<BrokenRule> broken = explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> !total.getScore().isZero())
                .sorted(Comparator.comparing(ConstraintMatchTotal<HardMediumSoftScore>::getScore))
                .map(RosterPlanner::brokenRule)
                .toList();
        HardMediumSoftScore score = explanation.getScore();
        return new Explanation(id, ScoreView.of(score), summary(score), broken);
    }

    private static BrokenRule brokenRule(ConstraintMatchTotal<HardMediumSoftScore> total) {
        HardMediumSoftScore score = total.getScore();
        String level = score.hardScore() != 0 ? "hard" : score.mediumScore() != 0 ? "medium" : "soft";
        int penalty = score.hardScore() != 0
                ? score.hardScore()
                : score.mediumScore() != 0 ? score.mediumScore() : score.softScore();
        List<String> breaches = total.getConstraintMatchSet().stream()
                .map(ConstraintMatch::getJustification)
                .map(justification -> justification instanceof Broken
                        ? ((Broken) justification).text()
                        : String.valueOf(justification))
                .sorted()
                .toList();
        return new BrokenRule(total.getConstraintName(), level, penalty, breaches);
    }

    private static String summary(HardMediumSoftScore score) {
        if (!score.isFeasible()) {
            return "The roster breaks labour rules (hard " + score.hardScore() + "): no lawful roster was found for"
                    + " these agents and rules; the best found is shown with each breach below.";
        }
        if (score.mediumScore() < 0) {
            return "The roster keeps every labour rule but leaves demand uncovered (medium " + score.mediumScore()
                    + "): more agents or longer contracts are needed to cover it all.";
        }
        return "The roster keeps every labour rule and covers all demand.";
    }

    // scoring a large roster takes a while of CPU, kept off the event loop
    Mono<Snapshot> current(UUID id) {
        return store.find(id).publishOn(Schedulers.boundedElastic()).map(stored -> {
            Solve solve = solves.get(id);
            if (solve != null) {
                return new Snapshot(stored, solve.best, RosterStatus.SOLVING);
            }
            Roster roster = build(stored);
            solutionManager.update(roster);
            return new Snapshot(stored, roster, stored.status());
        });
    }

    // pinned days are the same whether solving or showing, so a page sees which days a re-plan may not move
    private Roster build(StoredRoster stored) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone(stored.problem())));
        return RosterBuilder.build(
                stored.problem(), stored.shifts(), stored.published(), stored.published() != null ? now : null);
    }

    ZoneId zone(RosterRequest request) {
        return request.timeZone() == null ? properties.centreTimeZone() : ZoneId.of(request.timeZone());
    }

    private static RosterView view(StoredRoster stored, Roster roster, RosterStatus status) {
        RosterRequest problem = stored.problem();
        List<ShiftView> shifts = roster.getAssignments().stream()
                .filter(ShiftAssignment::isWorking)
                .map(day -> new ShiftView(
                        day.getAgent().id(),
                        day.getAgent().name(),
                        day.getDate(),
                        day.templateId(),
                        day.startTime(),
                        day.endTime(),
                        day.getQueue().id(),
                        day.isPinned(),
                        day.differsFromPublished()))
                .toList();
        return new RosterView(
                stored.id(),
                stored.name(),
                status,
                problem.firstDay(),
                problem.weeks(),
                problem.timeZone(),
                stored.publishedAt(),
                ScoreView.of(roster.getScore()),
                problem.agents().stream()
                        .map(agent -> new AgentView(agent.id(), agent.name()))
                        .toList(),
                shifts);
    }

    /** A roster as it stands: the stored problem with the best roster found so far. */
    record Snapshot(StoredRoster stored, Roster roster, RosterStatus status) {}

    /** One running solve: its best roster so far and the stream of its scores. */
    private static final class Solve {

        private final UUID solveId = UUID.randomUUID();
        private final Sinks.Many<RosterEvent> events = Sinks.many().replay().latest();
        private volatile Roster best;

        Solve(Roster start) {
            this.best = start;
        }

        void improved(UUID id, Roster roster) {
            best = roster;
            events.tryEmitNext(new RosterEvent(id, RosterStatus.SOLVING, ScoreView.of(roster.getScore())));
        }

        void end(UUID id, RosterStatus status) {
            events.tryEmitNext(new RosterEvent(id, status, ScoreView.of(best.getScore())));
            events.tryEmitComplete();
        }
    }
}
