package org.trialline.kpi;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.ServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class KpiStreamApplicationTest implements ServiceContract {

    @Autowired
    WebTestClient client;

    @Override
    public WebTestClient client() {
        return client;
    }

    @Override
    public String applicationName() {
        return "kpi-stream";
    }

    @Override
    public List<String> readinessComponents() {
        return List.of("redis");
    }
}
