package org.trialline.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.trialline.platform.problem.ProblemDetailsExceptionHandler;

/** What every TrialLine service gets by depending on this module. */
@AutoConfiguration
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsExceptionHandler problemDetailsExceptionHandler(ServerCodecConfigurer codecs) {
        return new ProblemDetailsExceptionHandler(codecs.getWriters());
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(Environment environment) {
        return new OpenAPI()
                .info(new Info()
                        .title("TrialLine " + environment.getProperty("spring.application.name", "service"))
                        .description(environment.getProperty("trialline.api.description", ""))
                        .version("v1"));
    }
}
