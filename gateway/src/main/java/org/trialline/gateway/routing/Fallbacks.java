package org.trialline.gateway.routing;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.trialline.gateway.access.ProblemAnswers;

/** What a caller gets when a service does not answer, or its circuit is open: a 503 problem, at once. */
@RestController
class Fallbacks {

    private static final Logger log = LoggerFactory.getLogger(Fallbacks.class);

    private static final Map<String, String> SERVICES = Map.of(
            "queue", "queue-service",
            "wfm", "wfm-service",
            "kpi", "kpi-stream",
            "notifications", "notification-service");

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICES.getOrDefault(service, "the service");
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // the caller gets a 503 instead of the failure, so this line is where the failure is kept
        log.error("{} did not answer; answered 503: {}", name, cause == null ? "circuit open" : cause.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemAnswers.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        name + " is not answering; try again in a few seconds.",
                        exchange));
    }
}
