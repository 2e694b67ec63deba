package org.trialline.queue.contacts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactHoldEnded;
import org.trialline.events.ContactHoldStarted;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;
import org.trialline.events.SurveyAnswered;
import org.trialline.platform.security.Roles;
import org.trialline.queue.access.ActingAgent;
import org.trialline.queue.switchboard.Switchboard;
import reactor.core.publisher.Mono;

/**
 * What agents' desktops and the IVR do to one contact: put it in a queue, accept or decline an offer, hold, end, wrap
 * up with a disposition, record the patient's survey score.
 */
@RestController
@RequestMapping("/api/queue/contacts")
class ContactController {

    private final Contacts contacts;
    private final Switchboard switchboard;
    private final ActingAgent actingAgent;
    private final Clock clock;

    ContactController(Contacts contacts, Switchboard switchboard, ActingAgent actingAgent, Clock clock) {
        this.contacts = contacts;
        this.switchboard = switchboard;
        this.actingAgent = actingAgent;
        this.clock = clock;
    }

    record NewContact(
            @NotBlank String queueId, @Size(max = 100) String patientReference) {}

    record AgentAction(@NotBlank String agentId) {}

    record Ending(EndedBy endedBy) {}

    record WrapUp(@NotNull Disposition disposition) {}

    record Survey(@Min(1) @Max(5) int score) {}

    record Leaving(@NotNull LeaveReason reason) {}

    @PostMapping
    Mono<ResponseEntity<Contact>> enqueue(@Valid @RequestBody NewContact request) {
        UUID id = UUID.randomUUID();
        ContactQueued queued = new ContactQueued(
                UUID.randomUUID(), clock.instant(), request.queueId(), id, request.patientReference(), version());
        return switchboard
                .take(queued)
                .then(contacts.find(id))
                .map(contact -> ResponseEntity.created(URI.create("/api/queue/contacts/" + id))
                        .body(contact));
    }

    @GetMapping("/{id}")
    Mono<Contact> one(@PathVariable UUID id) {
        return contacts.find(id).switchIfEmpty(Mono.error(() -> new UnknownContactException(id)));
    }

    @PostMapping("/{id}/accept")
    Mono<Contact> accept(@PathVariable UUID id, @Valid @RequestBody AgentAction action) {
        return actAsAgent(
                id,
                contact -> action.agentId(),
                contact -> new ContactAnswered(eventId(), now(), contact.queueId(), id, action.agentId(), version()));
    }

    @PostMapping("/{id}/decline")
    Mono<Contact> decline(@PathVariable UUID id, @Valid @RequestBody AgentAction action) {
        return actAsAgent(
                id,
                contact -> action.agentId(),
                contact ->
                        new ContactOfferMissed(eventId(), now(), contact.queueId(), id, action.agentId(), version()));
    }

    @PostMapping("/{id}/hold")
    Mono<Contact> hold(@PathVariable UUID id) {
        return actAsAgent(
                id,
                ContactController::agentOf,
                contact ->
                        new ContactHoldStarted(eventId(), now(), contact.queueId(), id, agentOf(contact), version()));
    }

    @PostMapping("/{id}/resume")
    Mono<Contact> resume(@PathVariable UUID id) {
        return actAsAgent(
                id,
                ContactController::agentOf,
                contact -> new ContactHoldEnded(eventId(), now(), contact.queueId(), id, agentOf(contact), version()));
    }

    @PostMapping("/{id}/end")
    Mono<Contact> end(@PathVariable UUID id, @RequestBody(required = false) Ending ending) {
        EndedBy endedBy = ending == null || ending.endedBy() == null ? EndedBy.AGENT : ending.endedBy();
        return actAsAgent(
                id,
                ContactController::agentOf,
                contact -> new ContactEnded(
                        eventId(), now(), contact.queueId(), id, agentOf(contact), endedBy, version()));
    }

    @PostMapping("/{id}/wrap-up")
    Mono<Contact> wrapUp(@PathVariable UUID id, @Valid @RequestBody WrapUp wrapUp) {
        return actAsAgent(
                id,
                ContactController::agentOf,
                contact -> new AfterContactWorkEnded(
                        eventId(), now(), contact.queueId(), id, agentOf(contact), wrapUp.disposition(), version()));
    }

    @PostMapping("/{id}/survey")
    Mono<Contact> survey(@PathVariable UUID id, @Valid @RequestBody Survey survey) {
        return act(
                id, contact -> new SurveyAnswered(eventId(), now(), contact.queueId(), id, survey.score(), version()));
    }

    @PostMapping("/{id}/leave")
    Mono<Contact> leave(@PathVariable UUID id, @Valid @RequestBody Leaving leaving) {
        return act(
                id,
                contact -> new ContactLeftQueue(eventId(), now(), contact.queueId(), id, leaving.reason(), version()));
    }

    private Mono<Contact> act(UUID id, Function<Contact, ContactEvent> event) {
        return one(id).map(event).flatMap(switchboard::take).then(one(id));
    }

    // an action on an agent's behalf: an AGENT may take it only as the agent named, before anything is stored
    private Mono<Contact> actAsAgent(UUID id, Function<Contact, String> agent, Function<Contact, ContactEvent> event) {
        return one(id).flatMap(contact ->
                        actingAgent.check(agent.apply(contact), Roles.TELEPHONY).thenReturn(contact))
                .map(event)
                .flatMap(switchboard::take)
                .then(one(id));
    }

    // the switchboard checks the state again under a lock; this only names the agent for the event
    private static String agentOf(Contact contact) {
        if (contact.answeredBy() == null) {
            throw new IllegalTransitionException(
                    "contact " + contact.id() + " is " + contact.status() + " and has no agent yet");
        }
        return contact.answeredBy();
    }

    private Instant now() {
        return clock.instant();
    }

    private static UUID eventId() {
        return UUID.randomUUID();
    }

    private static int version() {
        return QueueEvent.CURRENT_VERSION;
    }
}
