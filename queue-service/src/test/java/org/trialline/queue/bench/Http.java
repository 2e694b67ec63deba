package org.trialline.queue.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.trialline.events.QueueEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's one HTTP client: JSON in and out, and every answer as a status and a body, never as an exception,
 * so that refusals are counted rather than thrown.
 */
final class Http implements AutoCloseable {

    // far above any latency worth measuring: a request that takes this long is counted as unanswered
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private final ConnectionProvider connections;
    private final WebClient client;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** @param maxConnections at least the requests in flight, so that no request waits for a connection */
    Http(String baseUrl, String bearer, int maxConnections) {
        connections = ConnectionProvider.builder("bench")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1)
                .build();
        HttpClient netty = HttpClient.create(connections).responseTimeout(RESPONSE_TIMEOUT);
        client = WebClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, bearer)
                .clientConnector(new ReactorClientHttpConnector(netty))
                .build();
    }

    /** What the service answered; status 0 when it did not answer at all. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        // a failure without an answer counts by its exception's name alone, so a flood of them stays one entry
        String kind() {
            return status == 0 ? body : String.valueOf(status);
        }
    }

    Mono<Answer> get(String path) {
        return answer(client.get().uri(path));
    }

    Mono<Answer> put(String path, Object body) {
        return send(HttpMethod.PUT, path, json(body));
    }

    Mono<Answer> post(String path, Object body) {
        return send(HttpMethod.POST, path, json(body));
    }

    /** Posts a body already written as JSON, so that a caller can time the request without the writing. */
    Mono<Answer> postJson(String path, String body) {
        return send(HttpMethod.POST, path, body);
    }

    /** Runs the requests one after the other and stops at the first refusal; answers the last answer. */
    static Mono<Answer> inOrder(List<Supplier<Mono<Answer>>> requests) {
        return Flux.fromIterable(requests)
                .concatMap(request -> Mono.defer(request))
                .takeUntil(answer -> !answer.ok())
                .last();
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    // written as an array of the sealed interface: a plain list would lose each event's "type"
    String jsonArray(List<QueueEvent> events) {
        return json.writerFor(QueueEvent[].class).writeValueAsString(events.toArray(QueueEvent[]::new));
    }

    <T> T read(String body, Class<T> type) {
        return json.readValue(body, type);
    }

    @Override
    public void close() {
        connections.dispose();
    }

    private Mono<Answer> send(HttpMethod method, String path, String body) {
        return answer(client.method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body));
    }

    private static Mono<Answer> answer(WebClient.RequestHeadersSpec<?> request) {
        return request.exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(text -> new Answer(response.statusCode().value(), text)))
                .onErrorResume(failure -> Mono.just(
                        new Answer(0, "no answer: " + failure.getClass().getSimpleName())));
    }
}
