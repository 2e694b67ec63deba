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
                    connectionFactory,
                    environment.getProperty("spring.r2dbc.url"),
                    environment.getProperty("spring.r2dbc.username"),
                    timeout(environment));
        }

        // nested so that it is only read once the check above is defined
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
        static class BeforeMigration {

            // Flyway talks JDBC while the service talks R2DBC: pointing Flyway at the R2DBC URL's database keeps the
            // two
            // from ever migrating one database and using another. Asking for the check also makes it run first.
            @Bean
            FlywayConfigurationCustomizer migrateTheDatabaseTheServiceUses(
                    PostgresStartupCheck check, Environment environment) {
                Urls.Postgres url = Urls.Postgres.parse(environment.getProperty("spring.r2dbc.url"));
                return configuration -> configuration.dataSource(
                        url.jdbcUrl(),
                        environment.getProperty("spring.r2dbc.username"),
                        environment.getProperty("spring.r2dbc.password"));
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.data.redis.connection.ReactiveRedisConnectionFactory")
    @ConditionalOnBean(type = "org.springframework.data.redis.connection.ReactiveRedisConnectionFactory")
    static class Redis {

        @Bean
        RedisStartupCheck redisStartupCheck(ReactiveRedisConnectionFactory connectionFactory, Environment environment) {
            return new RedisStartupCheck(
                    connectionFactory,
                    environment.getProperty("spring.data.redis.host", "localhost"),
                    environment.getProperty("spring.data.redis.port", "6379"),
                    timeout(environment));
        }
    }

    private static Duration timeout(Environment environment) {
        return environment.getProperty("trialline.startup-check.timeout", Duration.class, DEFAULT_TIMEOUT);
    }
}
