package org.trialline.gateway.audit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.trialline.gateway.access.Caller;
import reactor.core.publisher.Mono;

/**
 * One line on {@code org.trialline.audit} for every request to a patient endpoint, refused ones included: who, with
 * which roles, which method on which kind of resource, the status and how long it took. The path is cut to its
 * first segment and the query and body are never read, since either may hold a patient's identity.
 */
@Component
class PatientAccessAudit implements WebFilter, Ordered {

    private static final Logger audit = LoggerFactory.getLogger("org.trialline.audit");

    private static final PathPattern PATIENT_ENDPOINTS =
            PathPatternParser.defaultInstance.parse("/api/notifications/**");

    @Override
    public int getOrder() {
        // outside the security chain, so that a refused request is written down too
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (!PATIENT_ENDPOINTS.matches(path)) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> record(exchange, started));
    }

    private static void record(ServerWebExchange exchange, long started) {
        String subject = Caller.subject(exchange);
        List<String> roles = Caller.roles(exchange);
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        audit.info(
                "patient endpoint: sub={} roles={} method={} resource={} status={} durationMs={}",
                subject == null ? "-" : subject,
                roles,
                exchange.getRequest().getMethod().name(),
                resource(exchange.getRequest().getPath().value()),
                status == null ? "-" : status.value(),
                (System.nanoTime() - started) / 1_000_000);
    }

    // /api/notifications/patients/P-12/visits becomes /api/notifications/patients/**
    private static String resource(String path) {
        String[] segments = path.split("/");
        return segments.length > 3 ? "/api/notifications/" + segments[3] + "/**" : "/api/notifications";
    }
}
