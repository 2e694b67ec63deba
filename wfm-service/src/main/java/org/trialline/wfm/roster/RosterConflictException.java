package org.trialline.wfm.roster;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answers 409 for an action the roster's state does not allow now (publishing while solving, say). */
class RosterConflictException extends ErrorResponseException {

    RosterConflictException(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Roster busy or not ready");
        return problem;
    }
}
