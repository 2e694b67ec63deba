package org.trialline.testsupport;

import java.util.function.UnaryOperator;

/** Reads the environment variables that point tests at a server other than the default local one. */
record Settings(UnaryOperator<String> environment) {

    static Settings fromSystem() {
        return new Settings(System::getenv);
    }

    String text(String name, String fallback) {
        String value = environment.apply(name);
        return (value == null || value.isBlank()) ? fallback : value.trim();
    }

    int number(String name, int fallback) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException ex) {
            throw new InfrastructureUnavailableException(name + " must be a whole number, but is '" + value + "'");
        }
    }
}
