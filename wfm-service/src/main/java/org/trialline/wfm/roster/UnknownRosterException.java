package org.trialline.wfm.roster;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answers 404 for a roster id nobody created. */
class UnknownRosterException extends ErrorResponseException {

    UnknownRosterException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No roster " + id);
        problem.setTitle("Unknown roster");
        return problem;
    }
}
