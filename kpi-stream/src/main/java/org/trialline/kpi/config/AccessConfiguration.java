package org.trialline.kpi.config;

import static org.trialline.platform.security.Roles.SUPERVISOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.trialline.platform.security.AccessRules;

/**
 * Who may call what in kpi-stream; the README's access table says the same. ADMIN passes every rule. The RSocket
 * endpoint {@code /rsocket} is answered before the web filters, so {@code FeedSecurity} guards it with the same rule.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    /** The roles that may watch the wallboard, its feeds and KPIs. */
    public static final String[] WALLBOARD = {SUPERVISOR};

    @Bean
    AccessRules kpiAccess() {
        // the wallboard page's HTML, script and style hold no data, and a browser navigating to it sends no header
        return table -> table.on(HttpMethod.GET, "/wallboard", "/wallboard/**")
                .openToAnyone()
                .on("/api/kpi/**")
                .allow(WALLBOARD)
                // a browser cannot set a header on an EventSource, so the SSE feed also takes ?access_token=;
                // everywhere else a token in a URL would end up in access logs for nothing
                .tokenInQueryAllowedOn("/api/kpi/feed/**");
    }
}
