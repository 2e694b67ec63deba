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
        // the planner page's HTML, script and style hold no data, and a browser navigating to it sends no header
        return table -> table.on(GET, "/planner", "/planner/**")
                .openToAnyone()
                .on(GET, "/api/wfm/history/**")
                .allow(PLANNER, SUPERVISOR)
                .on("/api/wfm/**")
                .allow(PLANNER)
                // a browser cannot set a header on an EventSource, so a solve's score stream also takes
                // ?access_token=; everywhere else a token in a URL would end up in access logs for nothing
                .tokenInQueryAllowedOn("/api/wfm/rosters/*/events");
    }
}
