package org.trialline.wfm.planner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The planner page at {@code /planner}. Its script and style are the static resources under {@code /planner/}; the
 * page holds no data and fetches every roster with the signed-in planner's token.
 */
@Configuration(proxyBeanMethods = false)
class PlannerPage {

    @Bean
    RouterFunction<ServerResponse> planner() {
        ClassPathResource page = new ClassPathResource("static/planner/index.html");
        return RouterFunctions.route()
                .GET("/planner", request -> page(page))
                .GET("/planner/", request -> page(page))
                .build();
    }

    private static Mono<ServerResponse> page(ClassPathResource page) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page);
    }
}
