package org.trialline.queue.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.trialline.platform.security.Roles.AGENT;
import static org.trialline.platform.security.Roles.PLANNER;
import static org.trialline.platform.security.Roles.SUPERVISOR;
import static org.trialline.platform.security.Roles.TELEPHONY;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.platform.security.AccessRules;

/** Who may call what in queue-service; the README's access table says the same. ADMIN passes every rule. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules queueAccess() {
        return table -> table.on(POST, "/api/queue/events/**", "/api/queue/imports/**")
                .allow(TELEPHONY)
                .on(GET, "/api/queue/history/**")
                .allow(SUPERVISOR, PLANNER)
                .on(GET, "/api/queue/**")
                .allow(SUPERVISOR, AGENT)
                .on(PUT, "/api/queue/queues/**", "/api/queue/agents/**")
                .allow(SUPERVISOR)
                .on(POST, "/api/queue/agents/{agentId}/state")
                .allowOwner("agentId", AGENT, SUPERVISOR)
                .on(POST, "/api/queue/contacts/**")
                .allow(AGENT, TELEPHONY)
                // whatever the API gains without a rule here stays closed to all but ADMIN
                .on("/api/queue/**")
                .allow();
    }
}
