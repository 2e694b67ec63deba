package org.trialline.queue.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactHoldEnded;
import org.trialline.events.ContactHoldStarted;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.SurveyAnswered;

class ContactTransitionsTest {

    private static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final String QUEUE = "HEART-2.es.voice";
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void fullConversationShouldRecordEveryStepAndTheHoldTime() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, "P-1", 1));
        contact = apply(contact, new ContactOffered(id(), T0.plusSeconds(3), QUEUE, CONTACT, "ana", 1));
        contact = apply(contact, new ContactAnswered(id(), T0.plusSeconds(8), QUEUE, CONTACT, "ana", 1));
        contact = apply(contact, new ContactHoldStarted(id(), T0.plusSeconds(60), QUEUE, CONTACT, "ana", 1));
        contact = apply(contact, new ContactHoldEnded(id(), T0.plusSeconds(90), QUEUE, CONTACT, "ana", 1));
        contact =
                apply(contact, new ContactEnded(id(), T0.plusSeconds(200), QUEUE, CONTACT, "ana", EndedBy.PATIENT, 1));
        contact = apply(
                contact,
                new AfterContactWorkEnded(
                        id(), T0.plusSeconds(230), QUEUE, CONTACT, "ana", Disposition.SCREENING_VISIT_BOOKED, 1));
        contact = apply(contact, new SurveyAnswered(id(), T0.plusSeconds(400), QUEUE, CONTACT, 5, 1));

        assertThat(contact.status()).isEqualTo(ContactStatus.COMPLETED);
        assertThat(contact.answeredBy()).isEqualTo("ana");
        assertThat(contact.answeredAt()).isEqualTo(T0.plusSeconds(8));
        // held from 60 s to 90 s
        assertThat(contact.holdSeconds()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(contact.endedBy()).isEqualTo(EndedBy.PATIENT);
        assertThat(contact.disposition()).isEqualTo(Disposition.SCREENING_VISIT_BOOKED);
        assertThat(contact.surveyScore()).isEqualTo(5);
    }

    @Test
    void endingWhileOnHoldShouldCountTheHoldUntilTheEnd() {
        Contact contact = answered();
        contact = apply(contact, new ContactHoldStarted(id(), T0.plusSeconds(100), QUEUE, CONTACT, "ana", 1));
        contact = apply(contact, new ContactEnded(id(), T0.plusSeconds(145), QUEUE, CONTACT, "ana", EndedBy.AGENT, 1));

        assertThat(contact.status()).isEqualTo(ContactStatus.WRAP_UP);
        assertThat(contact.holdSeconds()).isEqualByComparingTo(new BigDecimal("45"));
    }

    @Test
    void missedOfferShouldPutTheContactBackInTheQueueAndCountTheMiss() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));
        contact = apply(contact, new ContactOffered(id(), T0.plusSeconds(1), QUEUE, CONTACT, "ana", 1));
        contact = apply(contact, new ContactOfferMissed(id(), T0.plusSeconds(16), QUEUE, CONTACT, "ana", 1));

        assertThat(contact.status()).isEqualTo(ContactStatus.QUEUED);
        assertThat(contact.offeredTo()).isNull();
        assertThat(contact.missedOffers()).isEqualTo(1);
    }

    @Test
    void missedOfferOfAnotherAgentShouldBeRefused() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));
        Contact offered = apply(contact, new ContactOffered(id(), T0.plusSeconds(1), QUEUE, CONTACT, "ana", 1));

        assertThatThrownBy(
                        () -> apply(offered, new ContactOfferMissed(id(), T0.plusSeconds(2), QUEUE, CONTACT, "ben", 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("offered to ana, not to ben");
    }

    @Test
    void phoneSystemMayConnectAQueuedContactWithoutAnOffer() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        Contact answered = apply(contact, new ContactAnswered(id(), T0.plusSeconds(12), QUEUE, CONTACT, "ana", 1));

        assertThat(answered.status()).isEqualTo(ContactStatus.ANSWERED);
    }

    @Test
    void abandonWhileWaitingShouldLeaveTheQueue() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        Contact left = apply(
                contact, new ContactLeftQueue(id(), T0.plusSeconds(40), QUEUE, CONTACT, LeaveReason.ABANDONED, 1));

        assertThat(left.status()).isEqualTo(ContactStatus.LEFT);
        assertThat(left.leaveReason()).isEqualTo(LeaveReason.ABANDONED);
        assertThat(left.leftAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void endingAContactNeverAnsweredShouldBeRefused() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        assertThatThrownBy(() -> apply(
                        contact, new ContactEnded(id(), T0.plusSeconds(5), QUEUE, CONTACT, "ana", EndedBy.AGENT, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is QUEUED; contact.ended cannot happen now");
    }

    @Test
    void secondSurveyScoreShouldBeRefused() {
        Contact ended =
                apply(answered(), new ContactEnded(id(), T0.plusSeconds(50), QUEUE, CONTACT, "ana", EndedBy.AGENT, 1));
        Contact scored = apply(ended, new SurveyAnswered(id(), T0.plusSeconds(60), QUEUE, CONTACT, 4, 1));

        assertThatThrownBy(() -> apply(scored, new SurveyAnswered(id(), T0.plusSeconds(70), QUEUE, CONTACT, 2, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("survey score already");
    }

    @Test
    void eventForAnotherQueueShouldBeRefused() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        assertThatThrownBy(
                        () -> apply(contact, new ContactAnswered(id(), T0.plusSeconds(5), "OTHER", CONTACT, "ana", 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("not OTHER");
    }

    @Test
    void eventEarlierThanTheEntryShouldBeRefused() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        assertThatThrownBy(
                        () -> apply(contact, new ContactAnswered(id(), T0.minusSeconds(5), QUEUE, CONTACT, "ana", 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("earlier than the contact's entry");
    }

    @Test
    void secondEntryOfTheSameContactShouldBeRefused() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));

        assertThatThrownBy(() -> apply(contact, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void eventForAnUnknownContactShouldAnswerNotFound() {
        assertThatThrownBy(() -> apply(null, new ContactAnswered(id(), T0, QUEUE, CONTACT, "ana", 1)))
                .isInstanceOf(UnknownContactException.class);
    }

    private static Contact answered() {
        Contact contact = apply(null, new ContactQueued(id(), T0, QUEUE, CONTACT, null, 1));
        return apply(contact, new ContactAnswered(id(), T0.plusSeconds(10), QUEUE, CONTACT, "ana", 1));
    }

    private static Contact apply(Contact contact, org.trialline.events.ContactEvent event) {
        return ContactTransitions.apply(contact, event);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
