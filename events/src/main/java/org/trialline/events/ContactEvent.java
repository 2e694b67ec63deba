package org.trialline.events;

import java.util.UUID;

/** Something that happened to one contact: a call, message or callback on its way through a queue. */
public sealed interface ContactEvent extends QueueEvent
        permits ContactQueued,
                ContactOffered,
                ContactOfferMissed,
                ContactAnswered,
                ContactHoldStarted,
                ContactHoldEnded,
                ContactEnded,
                ContactLeftQueue,
                AfterContactWorkEnded,
                SurveyAnswered {

    UUID contactId();
}
