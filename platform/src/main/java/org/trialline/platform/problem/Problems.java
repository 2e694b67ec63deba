package org.trialline.platform.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;

/** Turns a failure into the problem detail a client reads: what was wrong, with the bad value named. */
public final class Problems {

    private static final int MAX_DETAIL = 300;

    private Problems() {}

    /** The problem detail for a failure, as every TrialLine service answers it. */
    public static ProblemDetail describe(Throwable failure, String path) {
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
        if (failure instanceof HandlerMethodValidationException invalid) {
            return invalidParameters(invalid);
        }
        if (failure instanceof ConstraintViolationException violations) {
            return constraintViolations(violations);
        }
        if (failure instanceof ErrorResponse response) {
            return response.getBody();
        }
        String refusedValue = DatabaseRefusals.refusedValue(failure);
        if (refusedValue != null) {
            return badRequest("The request has a value the database cannot keep: " + refusedValue);
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

    // only what the client can act on: the field and what was wrong with it, never a Java type or method
    private static ProblemDetail unreadableInput(ServerWebInputException unreadable) {
        String reason = unreadable.getReason() == null ? "The request could not be read" : unreadable.getReason();
        ProblemDetail problem = unreadable.getBody();
        JacksonException json = find(unreadable, JacksonException.class);
        TypeMismatchException mismatch = find(unreadable, TypeMismatchException.class);
        if (json != null) {
            problem.setDetail(truncate(reason + ": " + describe(json)));
        } else if (mismatch != null && mismatch.getRequiredType() != null) {
            String name = unreadable.getMethodParameter() == null
                    ? "a value"
                    : unreadable.getMethodParameter().getParameterName();
            problem.setDetail(truncate(name + " must be a "
                    + mismatch.getRequiredType().getSimpleName() + " (was '" + mismatch.getValue() + "')"));
        } else {
            problem.setDetail(reason);
        }
        return problem;
    }

    private static String describe(JacksonException json) {
        String field = json.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String message = withSimpleTypeNames(firstLine(json.getOriginalMessage()));
        return field.isEmpty() ? message : field + ": " + message;
    }

    // `org.trialline.sample.App$Callback` becomes `Callback`
    private static String withSimpleTypeNames(String message) {
        return message.replaceAll("`(?:[\\w]+[.$])+([\\w]+)`", "`$1`");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static ProblemDetail invalidParameters(HandlerMethodValidationException invalid) {
        String detail = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()
                                + " (was " + result.getArgument() + ")"))
                .sorted()
                .collect(Collectors.joining("; "));
        return badRequest("The request has invalid values: " + detail);
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
