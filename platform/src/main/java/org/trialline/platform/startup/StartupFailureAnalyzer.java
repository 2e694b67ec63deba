package org.trialline.platform.startup;

import java.sql.SQLException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.env.Environment;

/**
 * Says why a service would not start and which setting to fix: a dependency that does not let it in, a malformed
 * database URL, a port already taken or a failed schema migration.
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
        BeanCreationException connectionFactory = Causes.find(
                failure,
                BeanCreationException.class,
                // Boot names the bean it builds from spring.r2dbc.url "connectionFactory"; a malformed URL fails there
                creation -> "connectionFactory".equals(creation.getBeanName()));
        if (connectionFactory != null) {
            return new FailureAnalysis(
                    "no PostgreSQL connection can be made from "
                            + Urls.withoutPassword(environment.getProperty("spring.r2dbc.url"))
                            + " (spring.r2dbc.url): " + Causes.rootMessage(connectionFactory),
                    "set TRIALLINE_DB_HOST, TRIALLINE_DB_PORT and TRIALLINE_DB_NAME.",
                    connectionFactory);
        }
        PortInUseException portInUse = Causes.find(failure, PortInUseException.class);
        if (portInUse != null) {
            return new FailureAnalysis(
                    "port " + portInUse.getPort() + " (server.port) is already in use by another process",
                    "stop that process, or set SERVER_PORT to a free port.",
                    portInUse);
        }
        SQLException sql = Causes.find(failure, SQLException.class);
        if (sql != null) {
            return new FailureAnalysis(
                    "the schema migration failed: " + Causes.rootMessage(sql),
                    "the service's migrations in db/migration and the database must agree; see the log above.",
                    sql);
        }
        return null;
    }
}
