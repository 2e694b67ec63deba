package org.trialline.gateway;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.resources.LoopResources;

/**
 * Stands in for every service behind the gateway: answers 200 to any request with what it received, echoes WebSocket
 * messages, and takes five seconds over a path with {@code /slow} in it. The tests are about the gateway's decisions,
 * not the services.
 */
final class Backend implements AutoCloseable {

    private final DisposableServer server;
    private final LoopResources loops;

    private Backend(DisposableServer server, LoopResources loops) {
        this.server = server;
        this.loops = loops;
    }

    static Backend start() {
        return start(0);
    }

    static Backend start(int port) {
        // threads of its own: a Spring context closing in the same JVM disposes Reactor Netty's shared ones
        LoopResources loops = LoopResources.create("backend", 1, true);
        DisposableServer server = HttpServer.create()
                .runOn(loops)
                .host("127.0.0.1")
                .port(port)
                .handle((request, response) -> {
                    if (isUpgrade(request)) {
                        return response.sendWebsocket(
                                (in, out) -> out.send(in.receive().retain()));
                    }
                    String bearer = request.requestHeaders().contains(HttpHeaders.AUTHORIZATION) ? " with bearer" : "";
                    Mono<String> answer = Mono.just("backend " + request.method() + " " + request.uri() + bearer);
                    if (request.uri().contains("/slow")) {
                        answer = answer.delayElement(Duration.ofSeconds(5));
                    }
                    return response.status(200).sendString(answer);
                })
                .bindNow();
        return new Backend(server, loops);
    }

    int port() {
        return server.port();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
        loops.disposeLater().block(Duration.ofSeconds(5));
    }

    private static boolean isUpgrade(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.requestHeaders().get(HttpHeaders.UPGRADE));
    }
}
