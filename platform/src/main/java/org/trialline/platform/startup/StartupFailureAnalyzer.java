package org.trialline.platform.startup;

import java.sql.SQLException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.env.Environment;

/**
 * Reports why a service would not start in one line that names the setting to fix: a dependency that does not answer,
 * a schema migration the database refused, or a port already taken.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public StartupFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        StartupCheckFailedException check = Causes.find(failure, StartupCheckFailedException.class);
        if (check != null) {
            return new FailureAnalysis(check.getMessage(), check.action(), check);
        }
        BeanCreationException connectionFactory = connectionFactoryFailure(failure);
        if (connectionFactory != null) {
            return new FailureAnalysis(
                    "No PostgreSQL connection can be made from "
                            + Urls.withoutPassword(environment.getProperty("spring.r2dbc.url"))
                            + " (spring.r2dbc.url): " + Causes.rootMessage(connectionFactory),
                    "Set TRIALLINE_DB_HOST, TRIALLINE_DB_PORT and TRIALLINE_DB_NAME, or give spring.r2dbc.url as"
                            + " r2dbc:postgresql://HOST:PORT/DATABASE.",
                    connectionFactory);
        }
        PortInUseException portInUse = Causes.find(failure, PortInUseException.class);
        if (portInUse != null) {
            return new FailureAnalysis(
                    "Port " + portInUse.getPort() + " (server.port) is already in use by another process.",
                    "Stop that process, or set SERVER_PORT to a free port.",
                    portInUse);
        }
        SQLException sql = Causes.find(failure, SQLException.class);
        if (sql != null) {
            return new FailureAnalysis(
                    "PostgreSQL refused the schema migration at "
                            + Urls.withoutPassword(environment.getProperty("spring.flyway.url"))
                            + " (spring.flyway.url): " + Causes.rootMessage(sql),
                    "Check TRIALLINE_DB_HOST, TRIALLINE_DB_PORT, TRIALLINE_DB_NAME, TRIALLINE_DB_USERNAME and"
                            + " TRIALLINE_DB_PASSWORD, or spring.flyway.url if it is set on its own.",
                    sql);
        }
        return null;
    }

    // Boot names the bean it builds from spring.r2dbc.url "connectionFactory"; a malformed URL fails there
    private static BeanCreationException connectionFactoryFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BeanCreationException creation && "connectionFactory".equals(creation.getBeanName())) {
                return creation;
            }
        }
        return null;
    }
}
