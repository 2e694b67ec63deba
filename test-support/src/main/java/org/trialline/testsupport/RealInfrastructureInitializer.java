package org.trialline.testsupport;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sets the {@code trialline.db.*} and {@code trialline.redis.*} properties that every service reads its PostgreSQL and
 * Redis addresses from, and makes the service trust the tokens {@link TestTokens} signs.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(properties()).applyTo(context);
    }

    /** The same settings as {@code key=value} pairs, for a test that starts an application itself. */
    public static List<String> properties() {
        PostgresEndpoint postgres = TestPostgres.endpoint();
        RedisEndpoint redis = TestRedis.endpoint();
        return List.of(
                "trialline.db.host=" + postgres.host(),
                "trialline.db.port=" + postgres.port(),
                "trialline.db.name=" + postgres.database(),
                "trialline.db.username=" + postgres.username(),
                "trialline.db.password=" + postgres.password(),
                "trialline.redis.host=" + redis.host(),
                "trialline.redis.port=" + redis.port(),
                "trialline.redis.password=" + redis.password(),
                "trialline.redis.database=" + redis.database(),
                "trialline.security.public-key-location=" + TestTokens.PUBLIC_KEY_LOCATION,
                "trialline.security.issuer=" + TestTokens.ISSUER);
    }
}
