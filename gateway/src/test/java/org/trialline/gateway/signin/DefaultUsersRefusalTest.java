package org.trialline.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trialline.gateway.GatewayApplication;
import org.trialline.testsupport.RedisEndpoint;
import org.trialline.testsupport.TestRedis;

@ExtendWith(OutputCaptureExtension.class)
class DefaultUsersRefusalTest {

    // the local profile's agent: password "agent"
    private static final String AGENT_HASH = "{bcrypt}$2a$10$wz0bApv1u08eUY1efII0K.cUQODtaSeH4y5m27cE8yF/lWv6meqTC";

    @Test
    void startWhenAUserHasTheirNameAsPasswordOutsideTheLocalProfileShouldRefuseInOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> gateway("prod")).hasRootCauseInstanceOf(DefaultUsersRefused.class);

        assertThat(output.getAll())
                .containsPattern("Cannot start: trialline.security.users has users whose password is their username"
                        + " \\(agent\\) while the local profile is not active; remove them");
    }

    @Test
    void startWhenTheSameUserIsInTheLocalProfileShouldStart() {
        gateway("local").close();
    }

    private static org.springframework.context.ConfigurableApplicationContext gateway(String profile) {
        RedisEndpoint redis = TestRedis.endpoint();
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles(profile)
                .properties(
                        "server.port=0",
                        "spring.data.redis.host=" + redis.host(),
                        "spring.data.redis.port=" + redis.port(),
                        "spring.data.redis.password=" + redis.password(),
                        "spring.data.redis.database=" + redis.database(),
                        "trialline.security.users.agent.password=" + AGENT_HASH,
                        "trialline.security.users.agent.roles=AGENT")
                .run();
    }
}
