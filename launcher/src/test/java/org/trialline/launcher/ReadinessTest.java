package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final Readiness readiness = new Readiness();

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void isReadyWhenReadyzAnswers200ShouldBeTrue() throws IOException {
        int port = serve("/readyz", 200);

        assertThat(readiness.isReady(port)).isTrue();
    }

    @Test
    void isReadyWhenReadyzAnswers503ShouldBeFalse() throws IOException {
        int port = serve("/readyz", 503);

        assertThat(readiness.isReady(port)).isFalse();
    }

    @Test
    void isReadyWhenOnlyAnotherPathAnswers200ShouldBeFalse() throws IOException {
        int port = serve("/healthz", 200);

        assertThat(readiness.isReady(port)).isFalse();
    }

    @Test
    void isReadyWhenNothingListensShouldBeFalse() throws IOException {
        assertThat(readiness.isReady(TestPorts.free())).isFalse();
    }

    private int serve(String path, int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }
}
