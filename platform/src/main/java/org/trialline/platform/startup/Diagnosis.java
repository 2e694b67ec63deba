package org.trialline.platform.startup;

import io.r2dbc.spi.R2dbcException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

/**
 * Says what went wrong with a connection in words an operator acts on, and which setting to change: a host nobody
 * knows, a port nobody listens on, a database that does not exist, a login refused.
 */
record Diagnosis(String problem, String action) {

    static Diagnosis postgres(Throwable failure, String host, String database, String user) {
        String state = sqlState(failure);
        if ("3D000".equals(state)) {
            return new Diagnosis(
                    "the database " + database + " does not exist", "create it, or set TRIALLINE_DB_NAME.");
        }
        if (state != null && state.startsWith("28")) {
            return new Diagnosis(
                    "the login of " + user + " was refused", "set TRIALLINE_DB_USERNAME and TRIALLINE_DB_PASSWORD.");
        }
        return reach(failure, host, "PostgreSQL", "TRIALLINE_DB_HOST", "TRIALLINE_DB_PORT");
    }

    static Diagnosis redis(Throwable failure, String host) {
        String message = Causes.rootMessage(failure);
        if (message.contains("WRONGPASS") || message.contains("NOAUTH") || message.contains("invalid password")) {
            return new Diagnosis("the password was refused", "set TRIALLINE_REDIS_PASSWORD.");
        }
        return reach(failure, host, "Redis", "TRIALLINE_REDIS_HOST", "TRIALLINE_REDIS_PORT");
    }

    private static Diagnosis reach(Throwable failure, String host, String server, String hostSetting, String port) {
        if (Causes.find(failure, UnknownHostException.class) != null) {
            return new Diagnosis("the host " + host + " is unknown", "set " + hostSetting + ".");
        }
        if (Causes.find(failure, ConnectException.class) != null
                || Causes.rootMessage(failure).contains("Connection refused")) {
            return new Diagnosis(
                    "nothing answers there",
                    "start " + server + " there, or set " + hostSetting + " and " + port + ".");
        }
        if (Causes.find(failure, TimeoutException.class) != null) {
            return new Diagnosis(
                    "no answer in time",
                    "check that " + server + " runs and is reachable, or set " + hostSetting + " and " + port + ".");
        }
        return new Diagnosis(Causes.rootMessage(failure), "check " + hostSetting + " and " + port + ".");
    }

    private static String sqlState(Throwable failure) {
        R2dbcException r2dbc = Causes.find(failure, R2dbcException.class);
        if (r2dbc != null && r2dbc.getSqlState() != null) {
            return r2dbc.getSqlState();
        }
        SQLException jdbc = Causes.find(failure, SQLException.class);
        return jdbc == null ? null : jdbc.getSQLState();
    }
}
