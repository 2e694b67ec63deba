package org.trialline.platform.problem;

import org.springframework.util.ClassUtils;

/**
 * Recognises a value the database refused as data, such as a NUL character in a text or a date beyond its range:
 * the client's mistake, so a 400, not a failure of the service. Apart from the rest because R2DBC is optional.
 */
final class DatabaseRefusals {

    private static final boolean R2DBC = ClassUtils.isPresent("io.r2dbc.spi.R2dbcException", null);

    // SQLSTATE class 22, "data exception"
    private static final String DATA_EXCEPTION = "22";

    private DatabaseRefusals() {}

    static String refusedValue(Throwable failure) {
        return R2DBC ? R2dbcRefusals.refusedValue(failure) : null;
    }

    private static final class R2dbcRefusals {

        static String refusedValue(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof io.r2dbc.spi.R2dbcException refused
                        && refused.getSqlState() != null
                        && refused.getSqlState().startsWith(DATA_EXCEPTION)) {
                    return refused.getMessage();
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return null;
        }
    }
}
