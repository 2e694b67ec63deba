package org.trialline.kpi.wallboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The wallboard page at {@code /wallboard}. Its script and style are the static resources under
 * {@code /wallboard/}; the page holds no data and fetches everything with the signed-in supervisor's token.
 */
@Configuration(proxyBeanMethods = false)
class WallboardPage {

    @Bean
    RouterFunction<ServerResponse> wallboard() {
        ClassPathResource page = new ClassPathResource("static/wallboard/index.html");
        return RouterFunctions.route()
                .GET("/wallboard", request -> page(page))
                .GET("/wallboard/", request -> page(page))
                .build();
    }

    private static Mono<ServerResponse> page(ClassPathResource page) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page);
    }
}
