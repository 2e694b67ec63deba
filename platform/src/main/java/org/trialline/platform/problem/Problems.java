package org.trialline.platform.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

/** Turns a failure into the problem detail a client reads: what was wrong, with the bad value named. */
final class Problems {

    private static final int MAX_DETAIL = 300;

    private Problems() {}

    static ProblemDetail describe(Throwable failure, String path) {
        ProblemDetail problem = classify(failure);
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static ProblemDetail classify(Throwable failure) {
        if (failure instanceof WebExchangeBindException invalid) {
            return invalidFields(invalid);
        }
        if (failure instanceof ServerWebInputException unreadable) {
            return unreadableInput(unreadable);
        }
        if (failure instanceof ConstraintViolationException violations) {
            return constraintViolations(violations);
        }
        if (failure instanceof ErrorResponse response) {
            return response.getBody();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The service could not complete the request.");
        problem.setTitle(HttpStatus.INTERNAL_SERVER_ERROR.getReasonPhrase());
        return problem;
    }

    private static ProblemDetail invalidFields(WebExchangeBindException invalid) {
        List<Map<String, Object>> errors =
                invalid.getAllErrors().stream().map(Problems::describeError).toList();
        String detail = errors.stream()
                .map(error ->
                        error.get("field") + " " + error.get("message") + " (was " + error.get("rejectedValue") + ")")
                .collect(Collectors.joining("; "));
        ProblemDetail problem = badRequest("The request has invalid fields: " + detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, Object> describeError(ObjectError error) {
        String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
        Object rejected = (error instanceof FieldError fieldError) ? fieldError.getRejectedValue() : null;
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        return Map.of("field", field, "message", message, "rejectedValue", String.valueOf(rejected));
    }

    private static ProblemDetail unreadableInput(ServerWebInputException unreadable) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(unreadable);
        String reason = unreadable.getReason() == null ? "The request could not be read" : unreadable.getReason();
        String detail = cause == unreadable ? reason : reason + ": " + firstLine(cause.getMessage());
        ProblemDetail problem = unreadable.getBody();
        problem.setDetail(truncate(detail));
        return problem;
    }

    private static ProblemDetail constraintViolations(ConstraintViolationException violations) {
        String detail = violations.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage() + " (was "
                        + violation.getInvalidValue() + ")")
                .sorted()
                .collect(Collectors.joining("; "));
        return badRequest("The request has invalid values: " + detail);
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, truncate(detail));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return problem;
    }

    // a parser's message ends with where in its input it stopped; the client needs only what was wrong
    private static String firstLine(String message) {
        if (message == null) {
            return "malformed content";
        }
        String line = message.lines().findFirst().orElse(message);
        int source = line.indexOf(" at [Source");
        return source > 0 ? line.substring(0, source) : line;
    }

    private static String truncate(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
