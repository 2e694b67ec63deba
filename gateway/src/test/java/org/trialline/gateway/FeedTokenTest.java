package org.trialline.gateway;

import org.junit.jupiter.api.Test;

/** A browser's EventSource sends its token in the query; the service must get it as a header and never in the URL. */
class FeedTokenTest extends ThroughTheGateway {

    @Test
    void feedTokenInTheQueryShouldReachTheServiceAsAHeaderOnly() {
        String token = Tokens.valid("supervisor", "SUPERVISOR");

        client.get()
                .uri("/api/kpi/feed/queue:HEART-2?access_token=" + token + "&window=today")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("backend GET /api/kpi/feed/queue:HEART-2?window=today with bearer");
    }

    @Test
    void rosterScoreStreamTokenInTheQueryShouldReachWfmAsAHeaderOnly() {
        String token = Tokens.valid("planner", "PLANNER");

        client.get()
                .uri("/api/wfm/rosters/r-1/events?access_token=" + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("backend GET /api/wfm/rosters/r-1/events with bearer");
    }

    @Test
    void tokenInTheQueryShouldNotBeTakenOutsideTheFeeds() {
        client.get()
                .uri("/api/kpi/snapshot/all?access_token=" + Tokens.valid("supervisor", "SUPERVISOR"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client.get()
                .uri("/api/wfm/rosters/r-1?access_token=" + Tokens.valid("planner", "PLANNER"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
