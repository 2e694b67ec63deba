package org.trialline.platform.startup;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stops a service during start-up, before it opens its port and before Flyway migrates, when its PostgreSQL does not
 * let it in. R2DBC connects lazily, so without this a service would start and fail on its first request.
 */
class PostgresStartupCheck implements InitializingBean {

    private final ConnectionFactory connectionFactory;
    private final Urls.Postgres url;
    private final String user;
    private final Duration timeout;

    PostgresStartupCheck(ConnectionFactory connectionFactory, String url, String user, Duration timeout) {
        this.connectionFactory = connectionFactory;
        this.url = Urls.Postgres.parse(url);
        this.user = user;
        this.timeout = timeout;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            // start-up runs on the main thread, so waiting here blocks no event loop
            Mono.usingWhen(Mono.from(connectionFactory.create()), PostgresStartupCheck::selectOne, Connection::close)
                    .timeout(timeout)
                    .block();
        } catch (RuntimeException ex) {
            Diagnosis diagnosis = Diagnosis.postgres(ex, url.host(), url.database(), user);
            throw new StartupCheckFailedException(
                    "PostgreSQL at " + url + " (spring.r2dbc.url): " + diagnosis.problem(), diagnosis.action(), ex);
        }
    }

    private static Mono<Integer> selectOne(Connection connection) {
        return Flux.from(connection.createStatement("select 1").execute())
                .flatMap(result -> result.map((row, metadata) -> 1))
                .next();
    }
}
