package org.trialline.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Moves a feed's {@code ?access_token=} into the Authorization header before the request goes on, so the service
 * checks it as any other token and it never stands in a URL the service might log.
 */
final class TokenFromQuery {

    private static final String PARAMETER = "access_token";

    private TokenFromQuery() {}

    static GatewayFilter filter() {
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            String token = request.getQueryParams().getFirst(PARAMETER);
            if (token == null) {
                return chain.filter(exchange);
            }
            ServerHttpRequest moved = request.mutate()
                    .uri(UriComponentsBuilder.fromUri(request.getURI())
                            .replaceQueryParam(PARAMETER)
                            .build(true)
                            .toUri())
                    .headers(headers -> headers.setBearerAuth(token))
                    .build();
            return chain.filter(exchange.mutate().request(moved).build());
        };
    }
}
