package org.trialline.launcher;

import java.util.List;

/** A failure the user can act on: its message is one line, its details (such as a log's last lines) follow it. */
final class LaunchException extends RuntimeException {

    private final List<String> details;

    LaunchException(String message) {
        this(message, List.of(), null);
    }

    LaunchException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    LaunchException(String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.details = List.copyOf(details);
    }

    List<String> details() {
        return details;
    }
}
