package org.trialline.replay;

/** A replay that cannot go on: the system refused or did not answer. Reported on one line with exit code 1. */
final class ReplayException extends RuntimeException {

    ReplayException(String message) {
        super(message, null, false, false);
    }
}
