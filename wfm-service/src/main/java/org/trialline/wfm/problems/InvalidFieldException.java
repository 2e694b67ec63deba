package org.trialline.wfm.problems;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request value that cannot be right, answered as a 400 problem detail that names the field, what is wrong with it
 * and the value sent, in the shape the platform gives a failed bean validation ({@code errors}).
 */
public class InvalidFieldException extends ErrorResponseException {

    public InvalidFieldException(String field, Object value, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, value, message), null);
    }

    private static ProblemDetail problem(String field, Object value, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, field + " " + message + " (was " + value + ")");
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty(
                "errors", List.of(Map.of("field", field, "message", message, "rejectedValue", String.valueOf(value))));
        return problem;
    }
}
