package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PatientAccessAuditTest extends ThroughTheGateway {

    private final Logger audit = (Logger) LoggerFactory.getLogger("org.trialline.audit");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        audit.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        audit.detachAppender(lines);
    }

    @Test
    void patientEndpointShouldBeAuditedWithWhoWhatAndStatusButNoQueryOrIdentifiers() {
        as(Tokens.valid("coordinator", "COORDINATOR"))
                .get()
                .uri("/api/notifications/patients/P-4711/visits?phone=5551234567")
                .exchange()
                .expectStatus()
                .isOk();

        String line = onlyLine();
        assertThat(line)
                .contains("sub=coordinator")
                .contains("roles=[COORDINATOR]")
                .contains("method=GET")
                .contains("resource=/api/notifications/patients/**")
                .contains("status=200")
                .doesNotContain("phone")
                .doesNotContain("5551234567")
                .doesNotContain("P-4711");
    }

    @Test
    void refusedPatientEndpointShouldBeAuditedToo() {
        as(Tokens.valid("planner", "PLANNER"))
                .post()
                .uri("/api/notifications/visits")
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(onlyLine()).contains("sub=planner").contains("method=POST").contains("status=403");
    }

    @Test
    void otherEndpointsShouldNotBeAudited() {
        as(Tokens.valid("supervisor", "SUPERVISOR"))
                .get()
                .uri("/api/queue/queues")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(lines.list).isEmpty();
    }

    // the line is written once the answer completes, which may be just after the client has it
    private String onlyLine() {
        await().atMost(Duration.ofSeconds(5)).until(() -> !lines.list.isEmpty());
        List<ILoggingEvent> events = List.copyOf(lines.list);
        assertThat(events).hasSize(1);
        return events.get(0).getFormattedMessage();
    }
}
