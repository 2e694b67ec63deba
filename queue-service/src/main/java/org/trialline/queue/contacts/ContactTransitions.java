package org.trialline.queue.contacts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactHoldEnded;
import org.trialline.events.ContactHoldStarted;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.ContactQueued;
import org.trialline.events.SurveyAnswered;

/**
 * The life of a contact as a state machine: which event may follow which, and what each one changes. Pure, so that
 * every rule is tested without a database.
 */
public final class ContactTransitions {

    private ContactTransitions() {}

    /** The contact after the event; {@code current} is null for a contact not seen before. */
    public static Contact apply(Contact current, ContactEvent event) {
        if (event instanceof ContactQueued queued) {
            if (current != null) {
                throw new IllegalTransitionException("contact " + queued.contactId() + " is already known");
            }
            return Contact.queued(queued.contactId(), queued.queueId(), queued.patientReference(), queued.occurredAt());
        }
        if (current == null) {
            throw new UnknownContactException(event.contactId());
        }
        if (!current.queueId().equals(event.queueId())) {
            throw new IllegalTransitionException(
                    "contact " + current.id() + " is in queue " + current.queueId() + ", not " + event.queueId());
        }
        if (event instanceof ContactOffered offered) {
            return offer(current, offered);
        }
        if (event instanceof ContactOfferMissed missed) {
            return missOffer(current, missed);
        }
        if (event instanceof ContactAnswered answered) {
            return answer(current, answered);
        }
        if (event instanceof ContactHoldStarted hold) {
            return startHold(current, hold);
        }
        if (event instanceof ContactHoldEnded resume) {
            return endHold(current, resume);
        }
        if (event instanceof ContactEnded ended) {
            return end(current, ended);
        }
        if (event instanceof ContactLeftQueue left) {
            return leave(current, left);
        }
        if (event instanceof AfterContactWorkEnded wrapUp) {
            return wrapUp(current, wrapUp);
        }
        if (event instanceof SurveyAnswered survey) {
            return score(current, survey);
        }
        throw new IllegalArgumentException("no transition for " + EventNames.of(event));
    }

    private static Contact offer(Contact contact, ContactOffered offered) {
        require(contact, offered, ContactStatus.QUEUED);
        return contact.change()
                .status(ContactStatus.OFFERED)
                .offeredTo(offered.agentId())
                .offeredAt(offered.occurredAt())
                .build();
    }

    private static Contact missOffer(Contact contact, ContactOfferMissed missed) {
        require(contact, missed, ContactStatus.OFFERED);
        requireAgent(contact, missed.agentId(), contact.offeredTo());
        return contact.change()
                .status(ContactStatus.QUEUED)
                .offeredTo(null)
                .offeredAt(null)
                .missedOffers(contact.missedOffers() + 1)
                .build();
    }

    // the phone system may connect a caller to an agent without an offer from TrialLine, so QUEUED is allowed too
    private static Contact answer(Contact contact, ContactAnswered answered) {
        require(contact, answered, ContactStatus.QUEUED, ContactStatus.OFFERED);
        return contact.change()
                .status(ContactStatus.ANSWERED)
                .offeredTo(null)
                .answeredBy(answered.agentId())
                .answeredAt(answered.occurredAt())
                .build();
    }

    private static Contact startHold(Contact contact, ContactHoldStarted hold) {
        require(contact, hold, ContactStatus.ANSWERED);
        requireAnsweringAgent(contact, hold.agentId());
        return contact.change()
                .status(ContactStatus.ON_HOLD)
                .holdStartedAt(hold.occurredAt())
                .build();
    }

    private static Contact endHold(Contact contact, ContactHoldEnded resume) {
        require(contact, resume, ContactStatus.ON_HOLD);
        requireAnsweringAgent(contact, resume.agentId());
        return contact.change()
                .status(ContactStatus.ANSWERED)
                .holdSeconds(contact.holdSeconds().add(seconds(contact.holdStartedAt(), resume.occurredAt())))
                .holdStartedAt(null)
                .build();
    }

    private static Contact end(Contact contact, ContactEnded ended) {
        require(contact, ended, ContactStatus.ANSWERED, ContactStatus.ON_HOLD);
        requireAnsweringAgent(contact, ended.agentId());
        BigDecimal hold = contact.status() == ContactStatus.ON_HOLD
                ? contact.holdSeconds().add(seconds(contact.holdStartedAt(), ended.occurredAt()))
                : contact.holdSeconds();
        return contact.change()
                .status(ContactStatus.WRAP_UP)
                .holdSeconds(hold)
                .holdStartedAt(null)
                .endedAt(ended.occurredAt())
                .endedBy(ended.endedBy())
                .build();
    }

    private static Contact leave(Contact contact, ContactLeftQueue left) {
        require(contact, left, ContactStatus.QUEUED, ContactStatus.OFFERED);
        return contact.change()
                .status(ContactStatus.LEFT)
                .offeredTo(null)
                .leftAt(left.occurredAt())
                .leaveReason(left.reason())
                .build();
    }

    private static Contact wrapUp(Contact contact, AfterContactWorkEnded wrapUp) {
        require(contact, wrapUp, ContactStatus.WRAP_UP);
        requireAnsweringAgent(contact, wrapUp.agentId());
        return contact.change()
                .status(ContactStatus.COMPLETED)
                .wrappedUpAt(wrapUp.occurredAt())
                .disposition(wrapUp.disposition())
                .build();
    }

    // a patient scores a contact once, after it ended
    private static Contact score(Contact contact, SurveyAnswered survey) {
        require(contact, survey, ContactStatus.WRAP_UP, ContactStatus.COMPLETED);
        if (contact.surveyScore() != null) {
            throw new IllegalTransitionException("contact " + contact.id() + " has a survey score already");
        }
        return contact.change().surveyScore(survey.score()).build();
    }

    private static void require(Contact contact, ContactEvent event, ContactStatus... allowed) {
        if (!Set.of(allowed).contains(contact.status())) {
            throw new IllegalTransitionException("contact " + contact.id() + " is " + contact.status() + "; "
                    + EventNames.of(event) + " cannot happen now");
        }
        if (event.occurredAt().isBefore(contact.enqueuedAt())) {
            throw new IllegalTransitionException(EventNames.of(event) + " at " + event.occurredAt()
                    + " is earlier than the contact's entry at " + contact.enqueuedAt());
        }
        Instant last = lastChange(contact);
        if (event.occurredAt().isBefore(last)) {
            throw new IllegalTransitionException(EventNames.of(event) + " at " + event.occurredAt()
                    + " is earlier than the contact's last change at " + last);
        }
    }

    private static Instant lastChange(Contact contact) {
        return Stream.of(
                        contact.enqueuedAt(),
                        contact.offeredAt(),
                        contact.answeredAt(),
                        contact.holdStartedAt(),
                        contact.endedAt(),
                        contact.wrappedUpAt(),
                        contact.leftAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(contact.enqueuedAt());
    }

    private static void requireAnsweringAgent(Contact contact, String agentId) {
        if (!agentId.equals(contact.answeredBy())) {
            throw new IllegalTransitionException(
                    "contact " + contact.id() + " is with " + contact.answeredBy() + ", not with " + agentId);
        }
    }

    private static void requireAgent(Contact contact, String agentId, String expected) {
        if (!agentId.equals(expected)) {
            throw new IllegalTransitionException(
                    "contact " + contact.id() + " is offered to " + expected + ", not to " + agentId);
        }
    }

    private static BigDecimal seconds(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis(), 3);
    }
}
