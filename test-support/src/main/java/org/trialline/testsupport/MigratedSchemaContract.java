package org.trialline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * What a service that owns a PostgreSQL schema promises: Flyway has migrated it by the time the service is up. A
 * service's full-context test implements this beside {@link ServiceContract}.
 */
public interface MigratedSchemaContract {

    /** A client on the service's own connection factory. */
    DatabaseClient database();

    /** The schema the service owns. */
    String schema();

    @Test
    default void schemaShouldBeMigratedByFlyway() {
        // the schema name is the test's own constant, never user input
        String applied = "select count(*) as applied from " + schema() + ".flyway_schema_history where success"
                + " and version = '1'";
        StepVerifier.create(database()
                        .sql(applied)
                        .map(row -> row.get("applied", Long.class))
                        .one())
                .assertNext(count -> assertThat(count).isEqualTo(1L))
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }
}
