package org.trialline.queue.contacts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A contact id nobody has seen. */
public class UnknownContactException extends ResponseStatusException {

    public UnknownContactException(UUID contactId) {
        super(HttpStatus.NOT_FOUND, "no contact " + contactId);
    }
}
