package org.trialline.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/** Answers questions about TCP ports without holding on to them. */
final class PortProbe {

    private PortProbe() {}

    /** Whether something accepts a TCP connection at the address within the timeout. */
    static boolean answers(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a server could listen on the port on every interface, the way the services bind. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // the services' servers reuse addresses too, so a socket left in TIME_WAIT does not count as in use
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the host is this machine's loopback address, 127.0.0.1 or ::1 (or a name for one of them), which is the
     * only place an embedded server listens: it lets anyone in without a password.
     */
    static boolean isLocalhost(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.equals(InetAddress.getByName("127.0.0.1")) || address.equals(InetAddress.getByName("::1"));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
