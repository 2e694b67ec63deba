package org.trialline.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack's PostgreSQL and Redis live and how to log in to them, read from {@code TRIALLINE_*} environment
 * variables; the same variables are handed on to every service so that all of them agree.
 */
record Settings(
        String dbHost,
        int dbPort,
        String dbName,
        String dbUsername,
        String dbPassword,
        String redisHost,
        int redisPort,
        String redisPassword,
        Duration readyTimeout) {

    static Settings from(Map<String, String> env) {
        return new Settings(
                text(env, "TRIALLINE_DB_HOST", "127.0.0.1"),
                port(env, "TRIALLINE_DB_PORT", 5432),
                text(env, "TRIALLINE_DB_NAME", "trialline"),
                text(env, "TRIALLINE_DB_USERNAME", "postgres"),
                text(env, "TRIALLINE_DB_PASSWORD", ""),
                text(env, "TRIALLINE_REDIS_HOST", "127.0.0.1"),
                port(env, "TRIALLINE_REDIS_PORT", 6379),
                text(env, "TRIALLINE_REDIS_PASSWORD", ""),
                Duration.ofSeconds(seconds(env, "TRIALLINE_READY_TIMEOUT_SECONDS", 300)));
    }

    String dbAddress() {
        return dbHost + ":" + dbPort;
    }

    String redisAddress() {
        return redisHost + ":" + redisPort;
    }

    /** The variables every service reads its connections from, defaults filled in. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRIALLINE_DB_HOST", dbHost);
        env.put("TRIALLINE_DB_PORT", Integer.toString(dbPort));
        env.put("TRIALLINE_DB_NAME", dbName);
        env.put("TRIALLINE_DB_USERNAME", dbUsername);
        env.put("TRIALLINE_DB_PASSWORD", dbPassword);
        env.put("TRIALLINE_REDIS_HOST", redisHost);
        env.put("TRIALLINE_REDIS_PORT", Integer.toString(redisPort));
        env.put("TRIALLINE_REDIS_PASSWORD", redisPassword);
        return env;
    }

    @Override
    public String toString() {
        // passwords stay out of anything that might be printed
        return "Settings[db=" + dbAddress() + "/" + dbName + " as " + dbUsername + ", redis=" + redisAddress() + "]";
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return whole(env, name, fallback, 65_535, "a port number from 1 to 65535");
    }

    private static int seconds(Map<String, String> env, String name, int fallback) {
        return whole(env, name, fallback, Integer.MAX_VALUE, "a whole number of seconds above 0");
    }

    private static int whole(Map<String, String> env, String name, int fallback, int max, String expected) {
        String value = text(env, name, Integer.toString(fallback));
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the message below names the bad value, which says more than the parser's exception
        }
        throw new LaunchException(name + " must be " + expected + ", got '" + value + "'");
    }
}
