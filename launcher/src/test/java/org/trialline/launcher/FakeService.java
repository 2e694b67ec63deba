package org.trialline.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * Stands in for a TrialLine service in a child JVM. It behaves as its module name says: {@code ready-*} answers
 * {@code /readyz} with 200, {@code unready-*} with 503, {@code crashing-*} prints 25 lines and exits with code 3, and
 * {@code short-*} is ready for two seconds, then exits with code 4.
 */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar =
                Path.of(System.getProperty("java.class.path")).getFileName().toString();
        String module = jar.substring(0, jar.length() - ".jar".length());
        System.out.println("SERVER_PORT=" + System.getenv("SERVER_PORT"));
        System.out.println("TRIALLINE_DB_PORT=" + System.getenv("TRIALLINE_DB_PORT"));
        System.out.println("TRIALLINE_REDIS_PORT=" + System.getenv("TRIALLINE_REDIS_PORT"));
        System.out.println("SPRING_PROFILES_ACTIVE=" + System.getenv("SPRING_PROFILES_ACTIVE"));
        System.out.println("user.dir=" + System.getProperty("user.dir"));
        if (module.startsWith("crashing")) {
            for (int line = 1; line <= 25; line++) {
                System.out.println("crash line " + line);
            }
            System.exit(3);
        }
        serve(module.startsWith("unready") ? 503 : 200);
        if (module.startsWith("short")) {
            Thread.sleep(2_000);
            System.exit(4);
        }
    }

    private static void serve(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/readyz", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }
}
