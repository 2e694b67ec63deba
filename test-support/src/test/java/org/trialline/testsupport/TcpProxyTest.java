package org.trialline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private EchoServer echo;
    private TcpProxy proxy;

    @BeforeEach
    void setUp() throws IOException {
        echo = new EchoServer();
        proxy = TcpProxy.start("127.0.0.1", echo.port());
    }

    @AfterEach
    void tearDown() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void bytesShouldFlowBothWaysUnchanged() throws Exception {
        byte[] sent = new byte[256 * 1024];
        new Random(42).nextBytes(sent);

        try (Socket client = connect()) {
            // written from another thread, since the echo comes back while we are still writing
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(client, sent));
            byte[] received = client.getInputStream().readNBytes(sent.length);
            writing.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);

            assertThat(received).isEqualTo(sent);
        }
    }

    @Test
    void cutShouldBreakAnOpenConnection() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "before")).isEqualTo("before");

            proxy.cut();

            assertThat(afterCut(client)).isEqualTo(Ending.BROKEN);
        }
    }

    @Test
    void cutShouldRefuseNewConnectionsWithoutReachingTheTarget() throws IOException {
        proxy.cut();

        try (Socket client = connect()) {
            assertThat(afterCut(client)).isEqualTo(Ending.BROKEN);
        }
        assertThat(echo.accepted()).isZero();
    }

    @Test
    void restoreShouldLetNewConnectionsThroughAgain() throws IOException {
        proxy.cut();
        proxy.restore();

        try (Socket client = connect()) {
            assertThat(roundTrip(client, "after")).isEqualTo("after");
        }
        assertThat(echo.accepted()).isEqualTo(1);
    }

    @Test
    void closeShouldStopListening() {
        int port = proxy.port();

        proxy.close();

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static String roundTrip(Socket client, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(bytes);
        client.getOutputStream().flush();
        return new String(client.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    private enum Ending {
        BROKEN,
        STILL_OPEN,
        ANSWERED
    }

    // a broken connection ends a read at once, with an end of stream or a reset; a live one would wait or echo
    private static Ending afterCut(Socket client) {
        try {
            OutputStream out = client.getOutputStream();
            out.write('x');
            out.flush();
            return client.getInputStream().read() < 0 ? Ending.BROKEN : Ending.ANSWERED;
        } catch (SocketTimeoutException ex) {
            return Ending.STILL_OPEN;
        } catch (SocketException ex) {
            return Ending.BROKEN;
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void write(Socket client, byte[] bytes) {
        try {
            client.getOutputStream().write(bytes);
            client.getOutputStream().flush();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Sends back whatever it receives, and counts the connections it accepted. */
    private static final class EchoServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();

        EchoServer() throws IOException {
            Thread acceptor = new Thread(this::serve, "echo-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        private void serve() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.incrementAndGet();
                    Thread echoing = new Thread(() -> echo(socket), "echo-connection");
                    echoing.setDaemon(true);
                    echoing.start();
                } catch (IOException ex) {
                    // closed at the end of the test
                }
            }
        }

        private static void echo(Socket socket) {
            try (socket) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                in.transferTo(out);
            } catch (IOException ex) {
                // the other side went away
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
