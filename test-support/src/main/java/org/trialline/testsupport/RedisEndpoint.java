package org.trialline.testsupport;

/**
 * Where a test's Redis answers: a local server or a container started for the test run.
 *
 * @param host host name or address
 * @param port TCP port
 * @param password password, empty when the server asks for none
 * @param database logical database the tests use, kept apart from the one a local run uses
 */
public record RedisEndpoint(String host, int port, String password, int database) {

    @Override
    public String toString() {
        return host + ":" + port + "/" + database;
    }
}
