package org.trialline.gateway.routing;

import java.net.InetSocketAddress;
import java.security.Principal;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.trialline.gateway.access.ProblemAnswers;
import org.trialline.gateway.config.GatewayProperties;
import reactor.core.publisher.Mono;

/**
 * Holds each client to its rate, counted in Redis so that every gateway instance agrees: by the token's subject, else
 * by the address the request comes from. Runs after the token is checked, on every path, the token endpoint too.
 */
@Component
class ClientRateLimit implements WebFilter, Ordered {

    // one bucket per client for the whole gateway, not one per route
    private static final String BUCKETS = "gateway";

    private final RedisRateLimiter limiter;
    private final ProblemAnswers problems;
    private final String retryAfter;

    ClientRateLimit(RedisRateLimiter limiter, ProblemAnswers problems, GatewayProperties gateway) {
        this.limiter = limiter;
        this.problems = problems;
        int rate = Math.max(1, gateway.rateLimit().replenishRate());
        // a refused client has its next request's worth of tokens back within this many seconds
        this.retryAfter = Long.toString((long) Math.ceil(1.0 / rate));
    }

    @Override
    public int getOrder() {
        // after Spring Security's chain (-100), which tells who the caller is
        return -50;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + address(exchange)))
                .flatMap(client -> limiter.isAllowed(BUCKETS, client))
                .flatMap(answer -> {
                    if (answer.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
                    return problems.answer(
                            exchange,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests from this client; try again after " + retryAfter + " s.");
                });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
