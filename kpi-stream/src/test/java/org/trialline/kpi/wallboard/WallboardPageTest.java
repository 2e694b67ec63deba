package org.trialline.kpi.wallboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.kpi.KpiRedisTest;

/** The wallboard page answers without a token, holds no data, and every script and style it names is there. */
@AutoConfigureWebTestClient
class WallboardPageTest extends KpiRedisTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

    @Autowired
    WebTestClient anonymous;

    @Test
    void wallboardShouldAnswerThePageWithoutTokenAndItsAssetsShouldResolve() {
        for (String path : List.of("/wallboard", "/wallboard/")) {
            String page = anonymous
                    .get()
                    .uri(path)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();

            assertThat(page).contains("id=\"tiles\"", "id=\"agent-rows\"", "id=\"stale-banner\"");
            List<String> assets = assets(page);
            assertThat(assets).contains("/wallboard/wallboard.js", "/wallboard/wallboard.css");
            for (String asset : assets) {
                anonymous.get().uri(asset).exchange().expectStatus().isOk();
            }
        }
        assertThat(contentType("/wallboard/wallboard.js")).contains("javascript");
        assertThat(contentType("/wallboard/wallboard.css")).startsWith("text/css");
    }

    private String contentType(String path) {
        MediaType type = anonymous
                .get()
                .uri(path)
                .exchange()
                .expectBody()
                .returnResult()
                .getResponseHeaders()
                .getContentType();
        return type == null ? "" : type.toString();
    }

    private static List<String> assets(String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
