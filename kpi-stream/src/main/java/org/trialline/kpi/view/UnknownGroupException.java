package org.trialline.kpi.view;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A group no queue belongs to; answers 404. */
public class UnknownGroupException extends ResponseStatusException {

    public UnknownGroupException(Group group) {
        super(
                HttpStatus.NOT_FOUND,
                "No queue belongs to the group " + group + "; see /api/kpi/groups for those there are");
    }
}
