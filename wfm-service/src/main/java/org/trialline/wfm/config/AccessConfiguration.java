package org.trialline.wfm.config;

import static org.springframework.http.HttpMethod.GET;
import static org.trialline.platform.security.Roles.PLANNER;
import static org.trialline.platform.security.Roles.SUPERVISOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.platform.security.AccessRules;

/** Who may call what in wfm-service; the README's access table says the same. ADMIN passes every rule. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules wfmAccess() {
        return table -> table.on(GET, "/api/wfm/history/**")
                .allow(PLANNER, SUPERVISOR)
                .on("/api/wfm/**")
                .allow(PLANNER);
    }
}
