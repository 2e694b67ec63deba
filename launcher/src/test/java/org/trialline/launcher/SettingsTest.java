package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void fromWhenNothingIsSetShouldUseTheDocumentedDefaults() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings)
                .isEqualTo(new Settings(
                        "127.0.0.1",
                        5432,
                        "trialline",
                        "postgres",
                        "",
                        "127.0.0.1",
                        6379,
                        "",
                        0,
                        false,
                        Duration.ofMinutes(5)));
    }

    @Test
    void fromWhenEveryVariableIsSetShouldUseThem() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("TRIALLINE_DB_HOST", "db.example"),
                Map.entry("TRIALLINE_DB_PORT", "15432"),
                Map.entry("TRIALLINE_DB_NAME", "calls"),
                Map.entry("TRIALLINE_DB_USERNAME", "agent"),
                Map.entry("TRIALLINE_DB_PASSWORD", "s3cret"),
                Map.entry("TRIALLINE_REDIS_HOST", "cache.example"),
                Map.entry("TRIALLINE_REDIS_PORT", "16379"),
                Map.entry("TRIALLINE_REDIS_PASSWORD", "r3dis"),
                Map.entry("TRIALLINE_REDIS_DATABASE", "3"),
                Map.entry("TRIALLINE_FRESH", "true"),
                Map.entry("TRIALLINE_READY_TIMEOUT_SECONDS", "45"));

        assertThat(Settings.from(env))
                .isEqualTo(new Settings(
                        "db.example",
                        15432,
                        "calls",
                        "agent",
                        "s3cret",
                        "cache.example",
                        16379,
                        "r3dis",
                        3,
                        true,
                        Duration.ofSeconds(45)));
    }

    @Test
    void fromWhenAVariableIsBlankShouldUseItsDefault() {
        Settings settings = Settings.from(Map.of("TRIALLINE_DB_HOST", " ", "TRIALLINE_REDIS_PORT", ""));

        assertThat(settings.dbHost()).isEqualTo("127.0.0.1");
        assertThat(settings.redisPort()).isEqualTo(6379);
    }

    @Test
    void fromWhenAPortIsNotANumberShouldNameTheVariableAndTheValue() {
        assertThatThrownBy(() -> Settings.from(Map.of("TRIALLINE_DB_PORT", "abc")))
                .isInstanceOf(LaunchException.class)
                .hasMessage("TRIALLINE_DB_PORT must be a port number from 1 to 65535, got 'abc'");
    }

    @Test
    void fromWhenAPortIsOutOfRangeShouldNameTheVariableAndTheValue() {
        assertThatThrownBy(() -> Settings.from(Map.of("TRIALLINE_REDIS_PORT", "65536")))
                .isInstanceOf(LaunchException.class)
                .hasMessage("TRIALLINE_REDIS_PORT must be a port number from 1 to 65535, got '65536'");
    }

    @Test
    void fromWhenTheReadyTimeoutIsZeroShouldRefuseIt() {
        assertThatThrownBy(() -> Settings.from(Map.of("TRIALLINE_READY_TIMEOUT_SECONDS", "0")))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("TRIALLINE_READY_TIMEOUT_SECONDS")
                .hasMessageContaining("'0'");
    }

    @Test
    void environmentShouldHandEveryConnectionVariableOnWithDefaultsFilledIn() {
        Map<String, String> environment =
                Settings.from(Map.of("TRIALLINE_DB_NAME", "calls")).environment();

        assertThat(environment)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "TRIALLINE_DB_HOST", "127.0.0.1",
                        "TRIALLINE_DB_PORT", "5432",
                        "TRIALLINE_DB_NAME", "calls",
                        "TRIALLINE_DB_USERNAME", "postgres",
                        "TRIALLINE_DB_PASSWORD", "",
                        "TRIALLINE_REDIS_HOST", "127.0.0.1",
                        "TRIALLINE_REDIS_PORT", "6379",
                        "TRIALLINE_REDIS_PASSWORD", "",
                        "TRIALLINE_REDIS_DATABASE", "0"));
    }

    @Test
    void fromWhenTheRedisDatabaseOrFreshIsInvalidShouldNameTheVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("TRIALLINE_REDIS_DATABASE", "16")))
                .isInstanceOf(LaunchException.class)
                .hasMessage("TRIALLINE_REDIS_DATABASE is '16'; expected a number from 0 to 15");
        assertThatThrownBy(() -> Settings.from(Map.of("TRIALLINE_FRESH", "yes")))
                .isInstanceOf(LaunchException.class)
                .hasMessage("TRIALLINE_FRESH is 'yes'; expected true or false");
    }

    @Test
    void toStringShouldNotShowPasswords() {
        Settings settings = Settings.from(
                Map.of("TRIALLINE_DB_PASSWORD", "db-pass-123", "TRIALLINE_REDIS_PASSWORD", "redis-pass-456"));

        assertThat(settings.toString()).doesNotContain("db-pass-123").doesNotContain("redis-pass-456");
    }
}
