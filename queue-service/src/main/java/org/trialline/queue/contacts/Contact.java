package org.trialline.queue.contacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;

/**
 * A call, message or callback and everything that happened to it, as queue-service records it.
 *
 * @param holdSeconds time on hold so far, not counting a hold still running
 */
public record Contact(
        UUID id,
        String queueId,
        String patientReference,
        ContactStatus status,
        Instant enqueuedAt,
        String offeredTo,
        Instant offeredAt,
        int missedOffers,
        String answeredBy,
        Instant answeredAt,
        Instant holdStartedAt,
        BigDecimal holdSeconds,
        Instant endedAt,
        EndedBy endedBy,
        Instant wrappedUpAt,
        Disposition disposition,
        Instant leftAt,
        LeaveReason leaveReason,
        Integer surveyScore) {

    static Contact queued(UUID id, String queueId, String patientReference, Instant enqueuedAt) {
        return new Contact(
                id,
                queueId,
                patientReference,
                ContactStatus.QUEUED,
                enqueuedAt,
                null,
                null,
                0,
                null,
                null,
                null,
                BigDecimal.ZERO,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The agent the contact is with now: offered to, or answered by. */
    public String agentId() {
        return status == ContactStatus.OFFERED ? offeredTo : answeredBy;
    }

    Builder change() {
        return new Builder(this);
    }

    /** A copy of a contact with some fields changed, for the transitions. */
    static final class Builder {

        private UUID id;
        private String queueId;
        private String patientReference;
        private ContactStatus status;
        private Instant enqueuedAt;
        private String offeredTo;
        private Instant offeredAt;
        private int missedOffers;
        private String answeredBy;
        private Instant answeredAt;
        private Instant holdStartedAt;
        private BigDecimal holdSeconds;
        private Instant endedAt;
        private EndedBy endedBy;
        private Instant wrappedUpAt;
        private Disposition disposition;
        private Instant leftAt;
        private LeaveReason leaveReason;
        private Integer surveyScore;

        private Builder(Contact contact) {
            this.id = contact.id();
            this.queueId = contact.queueId();
            this.patientReference = contact.patientReference();
            this.status = contact.status();
            this.enqueuedAt = contact.enqueuedAt();
            this.offeredTo = contact.offeredTo();
            this.offeredAt = contact.offeredAt();
            this.missedOffers = contact.missedOffers();
            this.answeredBy = contact.answeredBy();
            this.answeredAt = contact.answeredAt();
            this.holdStartedAt = contact.holdStartedAt();
            this.holdSeconds = contact.holdSeconds();
            this.endedAt = contact.endedAt();
            this.endedBy = contact.endedBy();
            this.wrappedUpAt = contact.wrappedUpAt();
            this.disposition = contact.disposition();
            this.leftAt = contact.leftAt();
            this.leaveReason = contact.leaveReason();
            this.surveyScore = contact.surveyScore();
        }

        Builder status(ContactStatus value) {
            this.status = value;
            return this;
        }

        Builder offeredTo(String value) {
            this.offeredTo = value;
            return this;
        }

        Builder offeredAt(Instant value) {
            this.offeredAt = value;
            return this;
        }

        Builder missedOffers(int value) {
            this.missedOffers = value;
            return this;
        }

        Builder answeredBy(String value) {
            this.answeredBy = value;
            return this;
        }

        Builder answeredAt(Instant value) {
            this.answeredAt = value;
            return this;
        }

        Builder holdStartedAt(Instant value) {
            this.holdStartedAt = value;
            return this;
        }

        Builder holdSeconds(BigDecimal value) {
            this.holdSeconds = value;
            return this;
        }

        Builder endedAt(Instant value) {
            this.endedAt = value;
            return this;
        }

        Builder endedBy(EndedBy value) {
            this.endedBy = value;
            return this;
        }

        Builder wrappedUpAt(Instant value) {
            this.wrappedUpAt = value;
            return this;
        }

        Builder disposition(Disposition value) {
            this.disposition = value;
            return this;
        }

        Builder leftAt(Instant value) {
            this.leftAt = value;
            return this;
        }

        Builder leaveReason(LeaveReason value) {
            this.leaveReason = value;
            return this;
        }

        Builder surveyScore(Integer value) {
            this.surveyScore = value;
            return this;
        }

        Contact build() {
            return new Contact(
                    id,
                    queueId,
                    patientReference,
                    status,
                    enqueuedAt,
                    offeredTo,
                    offeredAt,
                    missedOffers,
                    answeredBy,
                    answeredAt,
                    holdStartedAt,
                    holdSeconds,
                    endedAt,
                    endedBy,
                    wrappedUpAt,
                    disposition,
                    leftAt,
                    leaveReason,
                    surveyScore);
        }
    }
}
