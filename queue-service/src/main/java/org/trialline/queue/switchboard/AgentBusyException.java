package org.trialline.queue.switchboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An agent asked for something their present state does not allow, such as a break with an offer waiting. */
class AgentBusyException extends ResponseStatusException {

    AgentBusyException(String reason) {
        super(HttpStatus.CONFLICT, reason);
    }
}
