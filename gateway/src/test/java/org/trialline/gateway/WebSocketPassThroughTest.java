package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The wallboard's RSocket connection is a WebSocket on /rsocket; the gateway must let its upgrade through. */
class WebSocketPassThroughTest extends ThroughTheGateway {

    private final ReactorNettyWebSocketClient webSocket = new ReactorNettyWebSocketClient();

    @Test
    void webSocketWithSupervisorTokenShouldReachTheServiceBothWays() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(Tokens.valid("supervisor", "SUPERVISOR"));

        assertThat(echo(URI.create("ws://127.0.0.1:" + port + "/rsocket"), headers))
                .isEqualTo("ping");
    }

    @Test
    void webSocketWithTokenInTheQueryShouldReachTheService() {
        // a browser cannot set headers on a WebSocket, so the page sends its token this way
        URI uri = URI.create(
                "ws://127.0.0.1:" + port + "/rsocket?access_token=" + Tokens.valid("supervisor", "SUPERVISOR"));

        assertThat(echo(uri, new HttpHeaders())).isEqualTo("ping");
    }

    @Test
    void webSocketWithoutTokenShouldBeRefusedAtTheHandshake() {
        Mono<Void> session = webSocket.execute(
                URI.create("ws://127.0.0.1:" + port + "/rsocket"), new HttpHeaders(), ws -> ws.send(Mono.empty()));

        StepVerifier.create(session)
                .expectErrorSatisfies(error -> assertThat(error.getMessage()).contains("401"))
                .verify(Duration.ofSeconds(10));
    }

    private String echo(URI uri, HttpHeaders headers) {
        AtomicReference<String> received = new AtomicReference<>();
        Mono<Void> session = webSocket.execute(
                uri,
                headers,
                ws -> ws.send(Mono.just(ws.textMessage("ping")))
                        .thenMany(ws.receive().take(1).map(WebSocketMessage::getPayloadAsText))
                        .doOnNext(received::set)
                        .then());

        StepVerifier.create(session).expectComplete().verify(Duration.ofSeconds(10));
        return received.get();
    }
}
