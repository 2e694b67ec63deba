package org.trialline.callrecords;

/** A field that could not be read; its message becomes the {@link ImportedLine.Malformed} message. */
final class MalformedFieldException extends RuntimeException {

    MalformedFieldException(String message) {
        // A large file may hold many bad lines and the stack trace tells the operator nothing.
        super(message, null, false, false);
    }

    static MalformedFieldException of(String field, String value, String expected) {
        return new MalformedFieldException(field + " is '" + value + "', expected " + expected);
    }
}
