package org.trialline.testsupport;

/** Raised when neither a local server nor a container can give a test the PostgreSQL or Redis it needs. */
public class InfrastructureUnavailableException extends IllegalStateException {

    InfrastructureUnavailableException(String message) {
        super(message);
    }

    InfrastructureUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
