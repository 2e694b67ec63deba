package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortProbeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void answersWhenAServerListensShouldBeTrue() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            assertThat(PortProbe.answers("127.0.0.1", server.getLocalPort(), TIMEOUT))
                    .isTrue();
        }
    }

    @Test
    void answersWhenNothingListensShouldBeFalse() throws IOException {
        int closed = TestPorts.free();

        assertThat(PortProbe.answers("127.0.0.1", closed, TIMEOUT)).isFalse();
    }

    @Test
    void isFreeWhenAServerHoldsThePortShouldBeFalse() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            assertThat(PortProbe.isFree(server.getLocalPort())).isFalse();
        }
    }

    @Test
    void isFreeWhenNothingHoldsThePortShouldBeTrue() throws IOException {
        assertThat(PortProbe.isFree(TestPorts.free())).isTrue();
    }

    @Test
    void isLocalhostShouldAcceptTheLoopbackAddressesAndTheirName() {
        assertThat(PortProbe.isLocalhost("127.0.0.1")).isTrue();
        assertThat(PortProbe.isLocalhost("::1")).isTrue();
        assertThat(PortProbe.isLocalhost("localhost")).isTrue();
    }

    @Test
    void isLocalhostShouldRefuseOtherAndUnknownHosts() {
        // 192.0.2.0/24 is reserved for documentation (RFC 5737), so no machine has it
        assertThat(PortProbe.isLocalhost("192.0.2.10")).isFalse();
        assertThat(PortProbe.isLocalhost("0.0.0.0")).isFalse();
        assertThat(PortProbe.isLocalhost("no-such-host.invalid")).isFalse();
    }
}
