package org.trialline.wfm.roster;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.wfm.roster.RosterViews.Coverage;
import org.trialline.wfm.roster.RosterViews.Explanation;
import org.trialline.wfm.roster.RosterViews.RosterEvent;
import org.trialline.wfm.roster.RosterViews.RosterSummary;
import org.trialline.wfm.roster.RosterViews.RosterView;
import org.trialline.wfm.roster.RosterViews.SickCall;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Roster problems, their solving and what comes out of it. */
@RestController
@RequestMapping("/api/wfm/rosters")
class RosterController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final RosterPlanner planner;

    RosterController(RosterPlanner planner) {
        this.planner = planner;
    }

    @PostMapping
    Mono<ResponseEntity<RosterView>> create(@RequestBody RosterRequest request) {
        return planner.create(request)
                .flatMap(planner::roster)
                .map(roster -> ResponseEntity.created(URI.create("/api/wfm/rosters/" + roster.id()))
                        .body(roster));
    }

    @GetMapping
    Flux<RosterSummary> list() {
        return planner.list();
    }

    @GetMapping("/{id}")
    Mono<RosterView> roster(@PathVariable UUID id) {
        return planner.roster(id);
    }

    @PostMapping("/{id}/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RosterView> solve(@PathVariable UUID id) {
        return planner.solve(id);
    }

    @PostMapping("/{id}/stop")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> stop(@PathVariable UUID id) {
        return planner.stop(id);
    }

    @PostMapping("/{id}/publish")
    Mono<RosterView> publish(@PathVariable UUID id) {
        return planner.publish(id);
    }

    @PostMapping("/{id}/sick-calls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RosterView> sickCall(@PathVariable UUID id, @RequestBody SickCall call) {
        return planner.sickCall(id, call);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<RosterEvent>> events(@PathVariable UUID id) {
        return planner.events(id)
                .map(event -> ServerSentEvent.builder(event)
                        .event(event.status() == RosterStatus.SOLVING ? "best-score" : "solved")
                        .build());
    }

    @GetMapping("/{id}/coverage")
    Mono<Coverage> coverage(@PathVariable UUID id) {
        return planner.coverage(id);
    }

    @GetMapping("/{id}/explanation")
    Mono<Explanation> explanation(@PathVariable UUID id) {
        return planner.explanation(id);
    }

    @GetMapping("/{id}/roster.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable UUID id) {
        return planner.roster(id)
                .map(roster -> ResponseEntity.ok().contentType(CSV).body(RosterExports.csv(roster)));
    }

    @GetMapping("/{id}/agents/{agentId}/calendar.ics")
    Mono<ResponseEntity<String>> calendar(@PathVariable UUID id, @PathVariable String agentId) {
        return planner.current(id).map(now -> {
            if (now.stored().problem().agents().stream()
                    .noneMatch(agent -> agent.id().equals(agentId))) {
                throw new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND, "Roster " + id + " has no agent " + agentId),
                        null);
            }
            RosterView roster = planner.viewOf(now);
            String calendar = RosterExports.calendar(
                    roster, agentId, planner.zone(now.stored().problem()));
            return ResponseEntity.ok().contentType(ICALENDAR).body(calendar);
        });
    }
}
