package org.trialline.wfm.queues;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A queue wfm-service has no plan for: {@code PUT /api/wfm/queues/{id}} sets one up. */
public class UnknownQueueException extends ResponseStatusException {

    public UnknownQueueException(String queueId) {
        super(HttpStatus.NOT_FOUND, "no queue " + queueId + " is set up for planning; PUT /api/wfm/queues/" + queueId);
    }
}
