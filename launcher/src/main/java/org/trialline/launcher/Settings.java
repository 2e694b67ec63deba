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
        int redisDatabase,
        boolean fresh,
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
                redisDatabase(env),
                fresh(env),
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
        env.put("TRIALLINE_REDIS_DATABASE", Integer.toString(redisDatabase));
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

    // Redis numbers its databases from 0 to 15 unless configured otherwise
    private static int redisDatabase(Map<String, String> env) {
        String value = text(env, "TRIALLINE_REDIS_DATABASE", "0");
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && number <= 15) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new LaunchException("TRIALLINE_REDIS_DATABASE is '" + value + "'; expected a number from 0 to 15");
    }

    private static boolean fresh(Map<String, String> env) {
        String value = text(env, "TRIALLINE_FRESH", "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new LaunchException("TRIALLINE_FRESH is '" + value + "'; expected true or false");
        }
        return Boolean.parseBoolean(value);
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
