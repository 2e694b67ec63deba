package org.trialline.queue.agents;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An agent id nobody has set up. */
public class UnknownAgentException extends ResponseStatusException {

    public UnknownAgentException(String agentId) {
        super(HttpStatus.NOT_FOUND, "no agent " + agentId);
    }
}
