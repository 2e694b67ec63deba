package org.trialline.queue.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An event that describes a queue or an agent being set up, sent in as if it were reported. queue-service writes
 * those itself, beside the set-up they describe; taken from outside, one would announce a set-up that never happened.
 */
class SetUpEventException extends ResponseStatusException {

    SetUpEventException(String type, String request) {
        super(HttpStatus.BAD_REQUEST, type + " is written by queue-service itself; use " + request + " instead");
    }
}
