package org.trialline.kpi.feed;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.trialline.platform.security.TokenCheck;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

/**
 * The RSocket WebSocket endpoint with the token check in front of it. The server answers that endpoint before any web
 * filter runs, so the shared resource-server configuration never sees it; this route checks the token of the upgrade
 * request itself, from its {@code Authorization} header or, for a browser, which cannot set one on a WebSocket, its
 * {@code access_token} query parameter, and hands the request on only when the caller may watch the wallboard.
 */
final class GuardedFeedRoute implements NettyRouteProvider {

    private static final String BEARER = "Bearer ";

    private final String path;
    private final NettyRouteProvider feed;
    private final TokenCheck tokens;
    private final String[] roles;

    GuardedFeedRoute(String path, NettyRouteProvider feed, TokenCheck tokens, String... roles) {
        this.path = path;
        this.feed = feed;
        this.tokens = tokens;
        this.roles = roles;
    }

    @Override
    public HttpServerRoutes apply(HttpServerRoutes routes) {
        HttpServerRoutes guarded = feed.apply(HttpServerRoutes.newRoutes());
        return routes.route(request -> path.equals(request.fullPath()), (request, response) -> {
            String token = token(request);
            if (token == null) {
                return refuse(response, HttpStatus.UNAUTHORIZED);
            }
            return tokens.authenticate(token)
                    .map(caller -> TokenCheck.allows(caller, roles) ? HttpStatus.OK : HttpStatus.FORBIDDEN)
                    .onErrorReturn(HttpStatus.UNAUTHORIZED)
                    .flatMap(verdict -> verdict == HttpStatus.OK
                            ? Mono.from(guarded.apply(request, response))
                            : refuse(response, verdict));
        });
    }

    private static String token(HttpServerRequest request) {
        String header = request.requestHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).trim();
        }
        List<String> query = new QueryStringDecoder(request.uri()).parameters().get("access_token");
        return query == null || query.isEmpty() ? null : query.get(0);
    }

    private Mono<Void> refuse(HttpServerResponse response, HttpStatus status) {
        String detail = status == HttpStatus.UNAUTHORIZED
                ? "A valid bearer token is required for this request."
                : "The token's roles do not allow this request.";
        String problem = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + path + "\"}";
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.status(status.value())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .sendString(Mono.just(problem))
                .then();
    }
}
