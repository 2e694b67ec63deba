package org.trialline.platform.startup;

/** A service cannot start because something it depends on does not answer; says which setting to look at. */
public class StartupCheckFailedException extends RuntimeException {

    private final String action;

    StartupCheckFailedException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
