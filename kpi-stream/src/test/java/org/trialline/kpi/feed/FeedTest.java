package org.trialline.kpi.feed;

import io.rsocket.transport.netty.client.WebsocketClientTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.rsocket.RSocketRequester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.events.ContactEvent;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.CentreEvents;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.state.KpiStore;
import org.trialline.testsupport.TestTokens;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

/**
 * A kpi-stream and its wallboard clients: RSocket over the WebSocket endpoint of the HTTP port, with the JSON codecs
 * Spring Boot configures, as a browser would use it, and events applied as the consumer applies them.
 */
@AutoConfigureWebTestClient
abstract class FeedTest extends KpiRedisTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String GOLD = "queue:GOLD";

    @Autowired
    KpiStore store;

    @Autowired
    FeedHub hub;

    WebTestClient web;

    @Autowired
    void signIn(WebTestClient anonymous) {
        web = TestTokens.signedIn(anonymous, "supervisor", "SUPERVISOR");
    }

    @Autowired
    RSocketRequester.Builder requesterBuilder;

    @LocalServerPort
    int port;

    private final List<RSocketRequester> connected = new ArrayList<>();

    /** The feed of a group on a connection of its own; nothing is sent before it is subscribed to. */
    Flux<FeedMessage> feed(String group) {
        // a browser cannot set a header on a WebSocket; this client can, as the gateway does when it relays the feed
        return feed(group, "", Map.of(HttpHeaders.AUTHORIZATION, TestTokens.bearer("supervisor", "SUPERVISOR")));
    }

    /** The feed of a group, connecting with this query string and these headers on the WebSocket upgrade. */
    Flux<FeedMessage> feed(String group, String query, Map<String, String> headers) {
        WebsocketClientTransport transport = WebsocketClientTransport.create(
                HttpClient.create().host("localhost").port(port), "/rsocket" + query);
        headers.forEach((name, value) -> transport.header(name, value));
        RSocketRequester requester =
                requesterBuilder.dataMimeType(MediaType.APPLICATION_JSON).transport(transport);
        connected.add(requester);
        return requester.route("kpi.feed." + group).retrieveFlux(FeedMessage.class);
    }

    @AfterEach
    void disconnect() {
        connected.forEach(RSocketRequester::dispose);
    }

    /** Applies the events one after the other, each once. */
    void applyInOrder(List<QueueEvent> events) {
        StepVerifier.create(Flux.fromIterable(events).concatMap(store::apply))
                .expectNextCount(events.size())
                .expectComplete()
                .verify(WAIT);
    }

    /** Where the events of a contact begin. */
    static int firstEventOf(List<QueueEvent> events, String contact) {
        UUID contactId = CentreEvents.contact(contact);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof ContactEvent event && event.contactId().equals(contactId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event of contact " + contact);
    }
}
