package org.trialline.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;

/**
 * A running gateway whose four services are one {@link Backend}, checking tokens signed with the tests' key. Test
 * classes that extend it share the one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
abstract class ThroughTheGateway {

    static final Backend BACKEND = Backend.start();

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gatewaySettings(DynamicPropertyRegistry registry) {
        registry.add("trialline.security.signing-key-location", () -> Tokens.KEY_LOCATION);
        for (String service : new String[] {"queue", "wfm", "kpi", "notifications"}) {
            registry.add("trialline.gateway.services." + service, BACKEND::url);
        }
        // every test here makes a few hundred calls a second as the same few users; the limit has a test of its own
        registry.add("trialline.gateway.rate-limit.replenish-rate", () -> "10000");
        registry.add("trialline.gateway.rate-limit.burst-capacity", () -> "10000");
    }

    WebTestClient as(String token) {
        return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }
}
