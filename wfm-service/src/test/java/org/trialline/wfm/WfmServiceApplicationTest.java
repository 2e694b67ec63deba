package org.trialline.wfm;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.MigratedSchemaContract;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.ServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class WfmServiceApplicationTest implements ServiceContract, MigratedSchemaContract {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient database;

    @Override
    public DatabaseClient database() {
        return database;
    }

    @Override
    public String schema() {
        return "wfm";
    }

    @Override
    public WebTestClient client() {
        return client;
    }

    @Override
    public String applicationName() {
        return "wfm-service";
    }

    @Override
    public List<String> readinessComponents() {
        return List.of("r2dbc");
    }
}
