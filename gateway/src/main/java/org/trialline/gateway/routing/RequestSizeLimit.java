package org.trialline.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.trialline.gateway.access.ProblemAnswers;
import org.trialline.gateway.config.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Refuses a body over the limit before any of it is read or sent on, by its declared length. A body sent in chunks
 * declares none, so it is refused as well: every client of TrialLine can say how long its body is.
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

    private static final PathPattern IMPORTS = PathPatternParser.defaultInstance.parse("/api/queue/imports/**");

    private final ProblemAnswers problems;
    private final long maxRequest;
    private final long maxImport;

    RequestSizeLimit(ProblemAnswers problems, GatewayProperties gateway) {
        this.problems = problems;
        this.maxRequest = gateway.limits().maxRequestSize().toBytes();
        this.maxImport = gateway.limits().maxImportSize().toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        if (length < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return problems.answer(exchange, HttpStatus.LENGTH_REQUIRED, "Send the body with a Content-Length header.");
        }
        long limit = IMPORTS.matches(
                        PathContainer.parsePath(exchange.getRequest().getPath().value()))
                ? maxImport
                : maxRequest;
        if (length > limit) {
            return problems.answer(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The body has " + length + " bytes; at most " + limit + " are taken here.");
        }
        return chain.filter(exchange);
    }
}
