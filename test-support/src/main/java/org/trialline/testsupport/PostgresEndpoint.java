package org.trialline.testsupport;

/**
 * Where a test's PostgreSQL answers: a local server or a container started for the test run.
 *
 * @param host host name or address
 * @param port TCP port
 * @param database database the tests use; created when missing
 * @param username user name
 * @param password password, empty under trust authentication
 */
public record PostgresEndpoint(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String jdbcUrl(String otherDatabase) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase;
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + "/" + database;
    }
}
