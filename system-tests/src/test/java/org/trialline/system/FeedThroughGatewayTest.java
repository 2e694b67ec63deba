package org.trialline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.rsocket.transport.netty.client.WebsocketClientTransport;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.messaging.rsocket.RSocketRequester;
import org.springframework.messaging.rsocket.RSocketStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

/**
 * The wallboard's live feed from kpi-stream, reached through the gateway as a browser reaches it: a contact that
 * enters a queue at queue-service shows on the feed of that queue.
 */
@ExtendWith(SystemExtension.class)
class FeedThroughGatewayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    private final RunningSystem system;
    private final Centre centre;
    private final String queue = "SYS-" + UUID.randomUUID().toString().substring(0, 8);
    private RSocketRequester requester;

    FeedThroughGatewayTest(RunningSystem system) {
        this.system = system;
        this.centre = new Centre(system);
    }

    @BeforeEach
    void setUpQueue() {
        centre.setUpQueue(queue, "HEART-2", "en");
    }

    @AfterEach
    void disconnect() {
        if (requester != null) {
            requester.dispose();
        }
    }

    @Test
    void rsocketFeedWithTheTokenOnTheUpgradeShouldShowAContactThatJoinsTheQueue() {
        WebsocketClientTransport transport = WebsocketClientTransport.create(
                HttpClient.create()
                        .host("127.0.0.1")
                        .port(URI.create(system.gateway()).getPort()),
                "/rsocket");
        transport.header(HttpHeaders.AUTHORIZATION, "Bearer " + system.token("supervisor"));

        assertContactShowsOn(rsocketFeed(transport));
    }

    @Test
    void rsocketFeedWithTheTokenInTheQueryShouldShowAContactThatJoinsTheQueue() {
        // what a browser does, since it cannot put a header on a WebSocket
        WebsocketClientTransport transport = WebsocketClientTransport.create(
                HttpClient.create()
                        .host("127.0.0.1")
                        .port(URI.create(system.gateway()).getPort()),
                "/rsocket?access_token=" + system.token("supervisor"));

        assertContactShowsOn(rsocketFeed(transport));
    }

    @Test
    void serverSentEventFeedShouldShowAContactThatJoinsTheQueue() {
        Flux<Map<String, Object>> feed = WebClient.create(system.gateway())
                .get()
                .uri("/api/kpi/feed/queue:{queue}?access_token={token}", queue, system.token("supervisor"))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {})
                .filter(event -> event.data() != null)
                .map(ServerSentEvent::data);

        assertContactShowsOn(feed);
    }

    @Test
    void rsocketFeedWithoutATokenShouldBeRefused() {
        WebsocketClientTransport transport = WebsocketClientTransport.create(
                HttpClient.create()
                        .host("127.0.0.1")
                        .port(URI.create(system.gateway()).getPort()),
                "/rsocket");

        StepVerifier.create(rsocketFeed(transport))
                .expectErrorSatisfies(error -> assertThat(error.toString()).contains("401"))
                .verify(WAIT);
    }

    private Flux<Map<String, Object>> rsocketFeed(WebsocketClientTransport transport) {
        RSocketStrategies strategies = RSocketStrategies.builder()
                .encoder(new JacksonJsonEncoder())
                .decoder(new JacksonJsonDecoder())
                .build();
        requester = RSocketRequester.builder()
                .rsocketStrategies(strategies)
                .dataMimeType(MediaType.APPLICATION_JSON)
                .transport(transport);
        return requester.route("kpi.feed.queue:" + queue).retrieveFlux(JSON_OBJECT);
    }

    private void assertContactShowsOn(Flux<Map<String, Object>> feed) {
        Map<String, Object> board = new HashMap<>();
        StepVerifier.create(feed.doOnNext(message -> board.putAll(values(message))))
                .assertNext(snapshot -> {
                    assertThat(snapshot.get("kind")).isEqualTo("snapshot");
                    assertThat(values(snapshot)).containsEntry("waiting", 0);
                })
                .then(() -> centre.contactEnters(queue, "P-" + queue))
                .thenConsumeWhile(message -> !Integer.valueOf(1).equals(board.get("waiting")))
                .thenCancel()
                .verify(WAIT);

        assertThat(board).containsEntry("waiting", 1).containsEntry("windows.today.offered", 1);
        assertThat((List<?>) board.get("longestWaiting")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> message) {
        return (Map<String, Object>) message.getOrDefault("values", Map.of());
    }
}
