package org.trialline.platform.startup;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stops a service during start-up, before it opens its port, when its PostgreSQL does not answer. R2DBC connects
 * lazily, so without this a service would start and fail on its first request.
 */
class PostgresStartupCheck implements InitializingBean {

    private final ConnectionFactory connectionFactory;
    private final String url;
    private final Duration timeout;

    PostgresStartupCheck(ConnectionFactory connectionFactory, String url, Duration timeout) {
        this.connectionFactory = connectionFactory;
        this.url = Urls.withoutPassword(url);
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
            throw new StartupCheckFailedException(
                    "PostgreSQL did not answer at " + url + " (spring.r2dbc.url): " + Causes.rootMessage(ex),
                    "Start PostgreSQL there, or set TRIALLINE_DB_HOST, TRIALLINE_DB_PORT, TRIALLINE_DB_NAME,"
                            + " TRIALLINE_DB_USERNAME and TRIALLINE_DB_PASSWORD to one that runs.",
                    ex);
        }
    }

    private static Mono<Integer> selectOne(Connection connection) {
        return Flux.from(connection.createStatement("select 1").execute())
                .flatMap(result -> result.map((row, metadata) -> 1))
                .next();
    }
}
