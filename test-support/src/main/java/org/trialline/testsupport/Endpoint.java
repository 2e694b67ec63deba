package org.trialline.testsupport;

import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One line of a service's access table: a request and the roles allowed to make it ({@code ADMIN} always is). The
 * request carries {@code {}} as its body when its method takes one, enough to pass or fail the access check, which
 * comes before the body is read.
 */
public record Endpoint(HttpMethod method, String path, Set<String> allowed) {

    public static Endpoint of(HttpMethod method, String path, String... allowed) {
        return new Endpoint(method, path, Set.of(allowed));
    }

    /** The status the service answers this request with, sent with the given Authorization header or none. */
    public int status(WebTestClient client, String bearer) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(path).headers(headers -> {
            if (bearer != null) {
                headers.set(HttpHeaders.AUTHORIZATION, bearer);
            }
        });
        WebTestClient.RequestHeadersSpec<?> sent = (method == HttpMethod.POST || method == HttpMethod.PUT)
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                : request;
        return sent.exchange().expectBody().returnResult().getStatus().value();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
