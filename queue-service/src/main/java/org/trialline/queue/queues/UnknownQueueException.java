package org.trialline.queue.queues;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A queue id nobody has set up. */
public class UnknownQueueException extends ResponseStatusException {

    public UnknownQueueException(String queueId) {
        super(HttpStatus.NOT_FOUND, "no queue " + queueId);
    }
}
