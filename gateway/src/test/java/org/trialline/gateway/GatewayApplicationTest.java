package org.trialline.gateway;

import java.util.List;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.ServiceContract;

class GatewayApplicationTest extends ThroughTheGateway implements ServiceContract {

    // metrics and the API description are for ADMIN at the gateway; the contract reads them as one
    @Override
    public WebTestClient client() {
        return as(Tokens.valid("admin", "ADMIN"));
    }

    @Override
    public String applicationName() {
        return "gateway";
    }

    @Override
    public List<String> readinessComponents() {
        return List.of("redis");
    }
}
