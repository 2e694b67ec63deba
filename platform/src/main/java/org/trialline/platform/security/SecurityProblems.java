package org.trialline.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.platform.problem.ProblemDetailsExceptionHandler;

/**
 * Answers a refused request the way every other failure is answered: an RFC 9457 problem detail from the platform's
 * one handler. The detail never says why a token was refused, which would help only someone forging one.
 */
final class SecurityProblems {

    private SecurityProblems() {}

    static ServerAuthenticationEntryPoint unauthorized(ProblemDetailsExceptionHandler problems) {
        return (exchange, refused) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.handle(
                    exchange,
                    new ResponseStatusException(
                            HttpStatus.UNAUTHORIZED, "A valid bearer token is required for this request."));
        };
    }

    static ServerAccessDeniedHandler forbidden(ProblemDetailsExceptionHandler problems) {
        return (exchange, denied) -> problems.handle(
                exchange,
                new ResponseStatusException(HttpStatus.FORBIDDEN, "The token's roles do not allow this request."));
    }
}
