package org.trialline.notify.config;

import static org.trialline.platform.security.Roles.COORDINATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.platform.security.AccessRules;

/** Who may call what in notification-service; the README's access table says the same. ADMIN passes every rule. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules notificationAccess() {
        return table -> table.on("/api/notifications/**").allow(COORDINATOR);
    }
}
