package org.trialline.platform.startup;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

/** Checks, before a service opens its port, that the PostgreSQL and Redis it uses answer. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"
        })
public class StartupChecksAutoConfiguration {

    // long enough for a database that is still starting in the next container, short enough to fail a bad address fast
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.r2dbc.spi.ConnectionFactory")
    @ConditionalOnBean(type = "io.r2dbc.spi.ConnectionFactory")
    static class Postgres {

        @Bean
        PostgresStartupCheck postgresStartupCheck(ConnectionFactory connectionFactory, Environment environment) {
            return new PostgresStartupCheck(
                    connectionFactory, environment.getProperty("spring.r2dbc.url"), timeout(environment));
        }

        // nested so that it is only read once the check above is defined
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
        static class BeforeMigration {

            // asking for the check makes it run before Flyway connects, so the check reports an unreachable server
            @Bean
            FlywayConfigurationCustomizer checkPostgresBeforeMigrating(PostgresStartupCheck check) {
                return configuration -> {};
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.data.redis.connection.ReactiveRedisConnectionFactory")
    @ConditionalOnBean(type = "org.springframework.data.redis.connection.ReactiveRedisConnectionFactory")
    static class Redis {

        @Bean
        RedisStartupCheck redisStartupCheck(ReactiveRedisConnectionFactory connectionFactory, Environment environment) {
            String address = environment.getProperty("spring.data.redis.host", "localhost") + ":"
                    + environment.getProperty("spring.data.redis.port", "6379");
            return new RedisStartupCheck(connectionFactory, address, timeout(environment));
        }
    }

    private static Duration timeout(Environment environment) {
        return environment.getProperty("trialline.startup-check.timeout", Duration.class, DEFAULT_TIMEOUT);
    }
}
