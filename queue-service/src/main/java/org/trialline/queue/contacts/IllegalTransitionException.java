package org.trialline.queue.contacts;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An event that cannot happen to a contact in its present state, such as ending a contact nobody answered. */
public class IllegalTransitionException extends ResponseStatusException {

    public IllegalTransitionException(String reason) {
        super(HttpStatus.CONFLICT, reason);
    }
}
