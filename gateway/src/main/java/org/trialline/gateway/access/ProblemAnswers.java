package org.trialline.gateway.access;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes the RFC 9457 answers the gateway gives itself: refused, limited, too large, unavailable. */
@Component
public class ProblemAnswers {

    private final ServerResponse.Context context;

    ProblemAnswers(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
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

    /** The problem for a status, with what the caller can do about it. */
    public static ProblemDetail problem(HttpStatus status, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    /** Answers the exchange with a problem, unless an answer has begun already. */
    public Mono<Void> answer(ServerWebExchange exchange, HttpStatus status, String detail) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem(status, detail, exchange))
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
