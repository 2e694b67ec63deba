package org.trialline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.ServiceContract;
import reactor.test.StepVerifier;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class QueueServiceApplicationTest implements ServiceContract {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient database;

    @Test
    void schemaShouldBeMigratedByFlyway() {
        StepVerifier.create(database.sql(
                                "select count(*) as applied from queue.flyway_schema_history where success and version = '1'")
                        .map(row -> row.get("applied", Long.class))
                        .one())
                .assertNext(applied -> assertThat(applied).isEqualTo(1L))
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Override
    public WebTestClient client() {
        return client;
    }

    @Override
    public String applicationName() {
        return "queue-service";
    }

    @Override
    public List<String> readinessComponents() {
        return List.of("r2dbc", "redis");
    }
}
