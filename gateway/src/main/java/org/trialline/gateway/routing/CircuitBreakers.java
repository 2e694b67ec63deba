package org.trialline.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.gateway.config.GatewayProperties;

/**
 * One circuit per service: after half of the last 20 calls failed, calls are answered 503 without trying for 10 s,
 * then a few are let through to see whether the service is back. Each call is given up after the response timeout.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    private static final CircuitBreakerConfig CIRCUIT = CircuitBreakerConfig.custom()
            .slidingWindowSize(20)
            .minimumNumberOfCalls(10)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(10))
            .permittedNumberOfCallsInHalfOpenState(3)
            .build();

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitDefaults(GatewayProperties gateway) {
        GatewayProperties.Limits limits = gateway.limits();
        return factory -> {
            factory.configureDefault(id -> config(id, limits.responseTimeout()));
            factory.configure(
                    builder -> builder.circuitBreakerConfig(CIRCUIT).timeLimiterConfig(timeout(limits.importTimeout())),
                    "queue-imports");
        };
    }

    private static Resilience4JConfigBuilder.Resilience4JCircuitBreakerConfiguration config(
            String id, Duration timeout) {
        return new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CIRCUIT)
                .timeLimiterConfig(timeout(timeout))
                .build();
    }

    private static TimeLimiterConfig timeout(Duration timeout) {
        return TimeLimiterConfig.custom().timeoutDuration(timeout).build();
    }
}
