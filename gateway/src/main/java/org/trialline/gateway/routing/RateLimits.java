package org.trialline.gateway.routing;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.gateway.config.GatewayProperties;

/** The token buckets behind {@link ClientRateLimit}; Redis keeps them, so every instance counts the same. */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    @Bean
    RedisRateLimiter redisRateLimiter(GatewayProperties gateway) {
        GatewayProperties.RateLimit limit = gateway.rateLimit();
        return new RedisRateLimiter(limit.replenishRate(), limit.burstCapacity(), 1);
    }
}
