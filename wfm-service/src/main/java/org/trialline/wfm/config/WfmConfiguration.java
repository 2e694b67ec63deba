package org.trialline.wfm.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.reactive.function.client.ServerBearerExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/** The clock that says which day is today, and the client that reads queue-service's history. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WfmProperties.class)
class WfmConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    // queue-service checks the planner's own token, so a planner sees there what the gateway would let them see
    @Bean
    WebClient queueServiceClient(WfmProperties properties) {
        return WebClient.builder()
                .baseUrl(properties.queueServiceUrl().toString())
                .filter(new ServerBearerExchangeFilterFunction())
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }
}
