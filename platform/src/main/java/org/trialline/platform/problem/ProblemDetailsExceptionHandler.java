package org.trialline.platform.problem;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every failed request of a TrialLine service with an RFC 9457 problem detail, whether the failure came from a
 * controller, a filter, a codec or a path that does not exist. It is the one error handler all services share.
 */
public class ProblemDetailsExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    // ahead of Boot's default handler, which would answer with its own error attributes instead
    private static final int ORDER = -2;

    private final ServerResponse.Context context;

    public ProblemDetailsExceptionHandler(List<HttpMessageWriter<?>> writers) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        ProblemDetail problem =
                Problems.describe(failure, exchange.getRequest().getPath().value());
        logIfServerSide(exchange, failure, problem);
        return ServerResponse.status(problem.getStatus())
                .headers(headers -> copyHeaders(failure, headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private static void copyHeaders(Throwable failure, org.springframework.http.HttpHeaders headers) {
        if (failure instanceof ErrorResponse response) {
            headers.addAll(response.getHeaders());
        }
    }

    private static void logIfServerSide(ServerWebExchange exchange, Throwable failure, ProblemDetail problem) {
        if (problem.getStatus() >= HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error(
                    "Request {} {} failed with status {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    problem.getStatus(),
                    failure);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
