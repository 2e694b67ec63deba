package org.trialline.kpi.view;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads a group named in a request, answering 400 for a name that is none. */
public final class Groups {

    private Groups() {}

    public static Group parse(String text) {
        try {
            return Group.parse(text);
        } catch (IllegalArgumentException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
    }
}
