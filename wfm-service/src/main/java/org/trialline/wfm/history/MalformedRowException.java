package org.trialline.wfm.history;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An imported file with rows that cannot be right; its problem detail names each row's line and field. */
class MalformedRowException extends ErrorResponseException {

    /** One bad field of one line, counted from 1 with the header as line 1. */
    record BadField(long line, String field, String value, String message) {

        String describe() {
            return "line " + line + ", " + field + " " + message + " (was '" + value + "')";
        }
    }

    MalformedRowException(List<BadField> bad) {
        super(HttpStatus.BAD_REQUEST, problem(bad), null);
    }

    private static ProblemDetail problem(List<BadField> bad) {
        String more = bad.size() > 1 ? "; and " + (bad.size() - 1) + " more" : "";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Nothing was imported: " + bad.get(0).describe() + more);
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty(
                "errors",
                bad.stream()
                        .map(field -> Map.of(
                                "line", field.line(),
                                "field", field.field(),
                                "message", field.message(),
                                "rejectedValue", field.value()))
                        .toList());
        return problem;
    }
}
