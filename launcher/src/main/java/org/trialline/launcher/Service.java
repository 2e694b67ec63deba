package org.trialline.launcher;

import java.util.List;

/** One of the stack's services: the Maven module whose jar runs it and the HTTP port it answers on. */
record Service(String module, int port) {

    /** Started in this order; the gateway comes first only so that it is listed first. */
    static final List<Service> ALL = List.of(
            new Service("gateway", 8080),
            new Service("queue-service", 8081),
            new Service("wfm-service", 8082),
            new Service("kpi-stream", 8083),
            new Service("notification-service", 8084));

    String url() {
        return "http://localhost:" + port;
    }
}
