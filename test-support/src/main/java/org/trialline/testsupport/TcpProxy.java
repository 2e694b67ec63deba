package org.trialline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between a test's client and a real server, for fault tests: {@link #cut()} drops every connection
 * and turns new ones away, as a network partition or a server restart would, until {@link #restore()}. It listens on a
 * free port of 127.0.0.1 and forwards bytes both ways unchanged; when either side closes, both are closed, which is
 * enough for request-response protocols such as Redis and PostgreSQL.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int BUFFER_BYTES = 16 * 1024;

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private Thread acceptor;

    private TcpProxy(InetSocketAddress target, ServerSocket server) {
        this.target = target;
        this.server = server;
    }

    /** Starts forwarding from a free local port to the target. */
    public static TcpProxy start(String targetHost, int targetPort) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            TcpProxy proxy = new TcpProxy(new InetSocketAddress(targetHost, targetPort), server);
            proxy.acceptor = daemon("tcp-proxy-" + server.getLocalPort(), proxy::accept);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException ex) {
            throw new UncheckedIOException("could not listen for a proxy to " + targetHost + ":" + targetPort, ex);
        }
    }

    /** The local port clients connect to. */
    public int port() {
        return server.getLocalPort();
    }

    /** Closes every open connection and closes new ones as soon as they are accepted, until {@link #restore()}. */
    public void cut() {
        cut = true;
        links.forEach(Link::abort);
    }

    /** Lets connections through again; those cut stay closed, so clients must reconnect. */
    public void restore() {
        cut = false;
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        cut = true;
        closeQuietly(server);
        links.forEach(Link::abort);
        // the JDK closes a listening socket only once the thread blocked in accept() has woken up; until then new
        // connections are still taken, so wait for that thread before saying the proxy is closed
        try {
            acceptor.join(5_000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon("tcp-proxy-connect-" + port(), () -> connect(client)).start();
            } catch (IOException ex) {
                // the server socket was closed: the proxy is done
            }
        }
    }

    // refused while cut: the client sees its connection accepted and closed at once, and nothing reaches the target
    private void connect(Socket client) {
        Link link = new Link(client);
        links.add(link);
        if (cut) {
            link.abort();
            return;
        }
        try {
            link.upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
        } catch (IOException ex) {
            link.close();
            return;
        }
        // cut() may have run between our look and the connect; it closed the link, or we see the flag now
        if (cut) {
            link.abort();
            return;
        }
        daemon("tcp-proxy-up-" + port(), () -> pump(link, client, link.upstream))
                .start();
        daemon("tcp-proxy-down-" + port(), () -> pump(link, link.upstream, client))
                .start();
    }

    private static void pump(Link link, Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ex) {
            // one side closed or the link was cut: either way the link ends below
        } finally {
            link.close();
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ex) {
            // closing is best effort; a socket that will not close is already unusable
        }
    }

    /** A client's connection and the one opened for it to the target. */
    private final class Link {

        private final Socket client;
        private final Socket upstream = new Socket();

        Link(Socket client) {
            this.client = client;
        }

        /** An orderly close, after what was written has been sent: one side ended the conversation. */
        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(upstream);
        }

        // a reset rather than an orderly close, as a broken network gives: bytes in flight are lost
        void abort() {
            links.remove(this);
            reset(client);
            reset(upstream);
        }

        private void reset(Socket socket) {
            try {
                if (!socket.isClosed()) {
                    socket.setSoLinger(true, 0);
                }
            } catch (SocketException ex) {
                // the socket is closing already
            }
            closeQuietly(socket);
        }
    }
}
