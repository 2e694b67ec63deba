package org.trialline.queue.agents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.events.AgentConfigured;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.Channel;
import org.trialline.events.QueueEvent;
import org.trialline.platform.security.Roles;
import org.trialline.queue.access.ActingAgent;
import org.trialline.queue.outbox.Outbox;
import org.trialline.queue.switchboard.Switchboard;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sets up agents and changes their state, as supervisors and agents' desktops do. Every set-up is published as an
 * {@code agent.configured}.
 */
@RestController
@RequestMapping("/api/queue/agents")
class AgentController {

    private final Agents agents;
    private final Switchboard switchboard;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final ActingAgent actingAgent;
    private final Clock clock;

    AgentController(
            Agents agents,
            Switchboard switchboard,
            Outbox outbox,
            TransactionalOperator transaction,
            ActingAgent actingAgent,
            Clock clock) {
        this.agents = agents;
        this.switchboard = switchboard;
        this.outbox = outbox;
        this.transaction = transaction;
        this.actingAgent = actingAgent;
        this.clock = clock;
    }

    record Language(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as es")
            String language,

            @Min(1) @Max(5) int proficiency) {}

    /** Who an agent is and what they may handle. */
    record Profile(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<@Valid Language> languages,
            @NotEmpty List<@NotBlank String> trials,
            @NotEmpty List<@NotNull Channel> channels) {}

    record StateRequest(
            @NotNull AgentState state, @Size(max = 200) String reason) {}

    @PutMapping("/{id}")
    Mono<ResponseEntity<Agent>> put(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}") String id,
            @Valid @RequestBody Profile profile) {
        Map<String, Integer> languages = new TreeMap<>();
        profile.languages().forEach(language -> languages.put(language.language(), language.proficiency()));
        Agent agent = new Agent(
                id,
                profile.name(),
                languages,
                profile.trials().stream().distinct().sorted().toList(),
                profile.channels().stream().map(Enum::name).distinct().sorted().toList(),
                AgentState.OFFLINE,
                null,
                clock.instant(),
                null,
                0);
        // dated once the save has locked the row, so that of two racing set-ups the one stored last is dated last
        Mono<Boolean> saved = agents.saveProfile(agent)
                .flatMap(created -> outbox.append(configured(agent, Set.copyOf(profile.channels()), clock.instant()))
                        .thenReturn(created));
        return transaction
                .transactional(saved)
                .flatMap(created -> agents.get(id)
                        .map(found -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(found)));
    }

    private static AgentConfigured configured(Agent agent, Set<Channel> channels, Instant at) {
        return new AgentConfigured(
                UUID.randomUUID(),
                at,
                null,
                agent.id(),
                agent.name(),
                agent.languages(),
                Set.copyOf(agent.trials()),
                channels,
                QueueEvent.CURRENT_VERSION);
    }

    @PostMapping("/{id}/state")
    Mono<Agent> changeState(@PathVariable String id, @Valid @RequestBody StateRequest request) {
        Instant now = clock.instant();
        AgentStateChanged changed = new AgentStateChanged(
                UUID.randomUUID(), now, null, id, request.state(), request.reason(), now, QueueEvent.CURRENT_VERSION);
        // the access table checks the path as well; the service checks again where the change is made
        return actingAgent
                .check(id, Roles.SUPERVISOR)
                .then(Mono.defer(() -> switchboard.take(changed)))
                .then(agents.get(id));
    }

    @GetMapping
    Flux<Agent> all() {
        return agents.all();
    }

    @GetMapping("/{id}")
    Mono<Agent> one(@PathVariable String id) {
        return agents.get(id);
    }
}
