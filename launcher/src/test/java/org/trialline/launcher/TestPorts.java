package org.trialline.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;

/** Finds ports for test servers, never the ones a developer's own PostgreSQL, Redis or stack listen on. */
final class TestPorts {

    private static final Set<Integer> RESERVED = Set.of(5432, 6379, 8080, 8081, 8082, 8083, 8084);

    private TestPorts() {}

    static int free() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if (!RESERVED.contains(port)) {
                    return port;
                }
            }
        }
    }
}
