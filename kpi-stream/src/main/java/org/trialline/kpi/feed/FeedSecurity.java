package org.trialline.kpi.feed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.trialline.kpi.config.AccessConfiguration;
import org.trialline.platform.security.TokenCheck;

/** Puts the token check in front of the RSocket WebSocket endpoint that Spring Boot registers on the HTTP port. */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    // the name under which Spring Boot declares its RSocket WebSocket route
    private static final String RSOCKET_ROUTE = "rSocketWebsocketRouteProvider";

    @Bean
    static BeanPostProcessor guardedRSocketRoute(ObjectProvider<TokenCheck> tokens, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof NettyRouteProvider route && RSOCKET_ROUTE.equals(beanName)) {
                    String path = environment.getRequiredProperty("spring.rsocket.server.mapping-path");
                    return new GuardedFeedRoute(path, route, tokens.getObject(), AccessConfiguration.WALLBOARD);
                }
                return bean;
            }
        };
    }
}
