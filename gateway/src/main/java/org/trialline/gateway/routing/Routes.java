package org.trialline.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.gateway.config.GatewayProperties;

/**
 * Where each path goes. Every route but the live feeds runs through a circuit breaker named after its service, whose
 * fallback answers 503 at once; the feeds stay open for as long as a wallboard watches, so no timeout may end them.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties gateway) {
        GatewayProperties.Services services = gateway.services();
        return builder.routes()
                .route(
                        "queue-imports",
                        route -> route.path("/api/queue/imports/**")
                                .filters(filters -> guarded(filters, "queue-imports", "queue"))
                                .uri(services.queue()))
                .route(
                        "queue",
                        route -> route.path("/api/queue/**")
                                .filters(filters -> guarded(filters, "queue", "queue"))
                                .uri(services.queue()))
                // a solve's score stream lasts as long as the solve, which may outlive any breaker's timeout
                .route(
                        "wfm-events",
                        route -> route.path("/api/wfm/rosters/*/events")
                                .filters(filters -> filters.filter(TokenFromQuery.filter()))
                                .uri(services.wfm()))
                .route(
                        "wfm",
                        route -> route.path("/api/wfm/**", "/planner/**")
                                .filters(filters -> guarded(filters, "wfm", "wfm"))
                                .uri(services.wfm()))
                .route(
                        "kpi-feed",
                        route -> route.path("/api/kpi/feed/**")
                                .filters(filters -> filters.filter(TokenFromQuery.filter()))
                                .uri(services.kpi()))
                // an Upgrade: websocket request is passed on as a WebSocket, whatever the scheme here
                .route(
                        "kpi-rsocket",
                        route -> route.path("/rsocket")
                                .filters(filters -> filters.filter(TokenFromQuery.filter()))
                                .uri(services.kpi()))
                .route(
                        "kpi",
                        route -> route.path("/api/kpi/**", "/wallboard/**")
                                .filters(filters -> guarded(filters, "kpi", "kpi"))
                                .uri(services.kpi()))
                .route(
                        "notifications",
                        route -> route.path("/api/notifications/**")
                                .filters(filters -> guarded(filters, "notifications", "notifications"))
                                .uri(services.notifications()))
                .build();
    }

    private static UriSpec guarded(GatewayFilterSpec filters, String breaker, String service) {
        return filters.circuitBreaker(config -> config.setName(breaker).setFallbackUri("forward:/fallback/" + service));
    }
}
