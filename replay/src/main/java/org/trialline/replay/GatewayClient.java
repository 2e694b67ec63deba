package org.trialline.replay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trialline.events.QueueEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to TrialLine through the gateway as its users do: signs in at {@code /api/auth/token} and sends a bearer token
 * with every request. A request the gateway turns away for the moment (429, 503, or no answer) is sent again after a
 * pause; that is safe because every event carries its idempotency key.
 */
final class GatewayClient {

    // the gateway's tokens live 15 minutes; a fresh one is asked for well before
    private static final Duration TOKEN_AGE = Duration.ofMinutes(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 30;
    // a gateway that does not answer at all is most likely not started; say so soon
    private static final int UNANSWERED_ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final URI gateway;
    private final Map<String, String> passwords;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectWriter eventsWriter = json.writerFor(new TypeReference<List<QueueEvent>>() {});
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant issued) {}

    /** One event's result in a batch: its outcome, or the problem detail that refused it. */
    record BatchResult(String eventId, String outcome, JsonNode problem) {}

    GatewayClient(URI gateway, Map<String, String> passwords) {
        this.gateway = gateway;
        this.passwords = passwords;
    }

    URI address() {
        return gateway;
    }

    JsonMapper json() {
        return json;
    }

    List<BatchResult> sendEvents(String user, List<QueueEvent> events) {
        String body = eventsWriter.writeValueAsString(events);
        String answer = exchange(user, "POST", "/api/queue/events/batch", body, 200);
        return json.readValue(answer, new TypeReference<List<BatchResult>>() {});
    }

    JsonNode get(String user, String path) {
        return json.readTree(exchange(user, "GET", path, null, 200));
    }

    /** GET that answers null for a 404, so that a set-up can tell what is missing. */
    JsonNode find(String user, String path) {
        HttpResponse<String> response = send(user, "GET", path, null);
        if (response.statusCode() == 404) {
            return null;
        }
        return json.readTree(expect(response, "GET", path, 200));
    }

    void put(String user, String path, Object body) {
        HttpResponse<String> response = send(user, "PUT", path, json.writeValueAsString(body));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw failed("PUT", path, response);
        }
    }

    private String exchange(String user, String method, String path, String body, int expected) {
        return expect(send(user, method, path, body), method, path, expected);
    }

    private String expect(HttpResponse<String> response, String method, String path, int expected) {
        if (response.statusCode() != expected) {
            throw failed(method, path, response);
        }
        return response.body();
    }

    private HttpResponse<String> send(String user, String method, String path, String body) {
        IOException lastFailure = null;
        int unanswered = 0;
        for (int attempt = 1; attempt <= ATTEMPTS && unanswered < UNANSWERED_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = sendOnce(request(user, method, path, body));
                if (response.statusCode() == 401 && attempt == 1) {
                    tokens.remove(user);
                    continue;
                }
                if (response.statusCode() != 429 && response.statusCode() != 503) {
                    return response;
                }
                sleep(retryAfter(response));
            } catch (IOException e) {
                lastFailure = e;
                unanswered++;
                sleep(PAUSE);
            }
        }
        throw new ReplayException("the gateway at " + gateway + " did not take " + method + " " + path
                + (lastFailure == null ? "" : ": " + lastFailure) + "; is TrialLine up (./trialline up)?");
    }

    private HttpRequest request(String user, String method, String path, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String token(String user) throws IOException {
        Token token = tokens.get(user);
        if (token != null && token.issued().plus(TOKEN_AGE).isAfter(Instant.now())) {
            return token.value();
        }
        String body = json.writeValueAsString(Map.of("username", user, "password", passwords.get(user)));
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/auth/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = sendOnce(request);
        if (response.statusCode() != 200) {
            throw new ReplayException("signing in as " + user + " at " + gateway + " answered " + response.statusCode()
                    + "; set TRIALLINE_REPLAY_* to an account the gateway knows");
        }
        String value = json.readTree(response.body()).path("accessToken").asString();
        tokens.put(user, new Token(value, Instant.now()));
        return value;
    }

    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException {
        try {
            return http.send(request, bodyAsText());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted");
        }
    }

    private static HttpResponse.BodyHandler<String> bodyAsText() {
        return HttpResponse.BodyHandlers.ofString();
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(seconds -> {
                    try {
                        return Duration.ofSeconds(Long.parseLong(seconds.trim()));
                    } catch (NumberFormatException e) {
                        return PAUSE;
                    }
                })
                .orElse(PAUSE);
    }

    private ReplayException failed(String method, String path, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        return new ReplayException(method + " " + path + " answered " + response.statusCode() + ": "
                + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted");
        }
    }
}
