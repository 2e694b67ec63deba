package org.trialline.platform.startup;

import java.util.function.Predicate;
import org.springframework.core.NestedExceptionUtils;

final class Causes {

    private Causes() {}

    static String rootMessage(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return find(failure, type, found -> true);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type, Predicate<T> matching) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause) && matching.test(type.cast(cause))) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
