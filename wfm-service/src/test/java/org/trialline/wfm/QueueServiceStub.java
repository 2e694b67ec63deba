package org.trialline.wfm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Stands in for queue-service's history reports: answers {@code GET /api/queue/history} with the JSON set for the
 * queue named, an empty list for any other, and 503 for a queue whose id starts with {@code DOWN}.
 */
public final class QueueServiceStub {

    private static final Map<String, String> REPORTS = new ConcurrentHashMap<>();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static final DisposableServer SERVER = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(routes -> routes.get("/api/queue/history", (request, response) -> {
                AUTHORIZATIONS.add(String.valueOf(request.requestHeaders().get("Authorization")));
                String queue = queueOf(request.uri());
                if (queue.startsWith("DOWN")) {
                    return response.status(503).send();
                }
                return response.header("Content-Type", "application/json")
                        .sendString(Mono.just(REPORTS.getOrDefault(queue, "[]")));
            }))
            .bindNow();

    private QueueServiceStub() {}

    public static String url() {
        return "http://127.0.0.1:" + SERVER.port();
    }

    /** Sets what the stub answers for a queue: a JSON array of queue-service's interval reports. */
    public static void answer(String queueId, String reportsJson) {
        REPORTS.put(queueId, reportsJson);
    }

    /** The Authorization headers of every request so far, "null" where none was sent. */
    public static List<String> authorizations() {
        return List.copyOf(AUTHORIZATIONS);
    }

    private static String queueOf(String uri) {
        for (String parameter : uri.substring(uri.indexOf('?') + 1).split("&")) {
            if (parameter.startsWith("queue=")) {
                return parameter.substring("queue=".length());
            }
        }
        return "";
    }
}
