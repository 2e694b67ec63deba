package org.trialline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wallboard in a real headless Chromium, through the gateway, while the services run: what the centre does shows
 * within a second, a dropped feed is marked stale with its last values kept, and the board recovers by itself.
 */
@ExtendWith(SystemExtension.class)
class WallboardBrowserTest {

    // the promise: a change reaches the board within one second of the request that made it
    private static final Duration LIVE = Duration.ofSeconds(1);

    private static final Duration STALE_WITHIN = Duration.ofSeconds(15);

    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(30);

    private final RunningSystem system;
    private final Centre centre;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String queue = "WB-" + suffix;
    private final String agent = "wb-agent-" + suffix;
    private Browser browser;

    WallboardBrowserTest(RunningSystem system) {
        this.system = system;
        this.centre = new Centre(system);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot("wallboard-last");
            browser.close();
        }
        system.feedLink().restore();
    }

    @Test
    void tilesAndAgentGridShouldFollowTheCentreAndSurviveADroppedFeed() {
        centre.setUpQueue(queue, "HEART-2", "en");
        centre.setUpAgent(agent, "Dana Levi", "HEART-2", "en");
        centre.agentState(agent, "AVAILABLE", null);
        browser = Browser.open();
        browser.signIn(system.gateway(), "supervisor", "/wallboard");
        // the queue's own group: its tile and agent grid are fed live, whatever other queues the system has
        browser.go(system.gateway() + "/wallboard?group=queue:" + queue);

        assertThat(awaitText(tileField("waiting"), Duration.ofSeconds(20), "0")).isEqualTo("0");
        awaitAgentState("AVAILABLE", Duration.ofSeconds(20));

        long sent = System.nanoTime();
        centre.agentState(agent, "BREAK", "Lunch");
        awaitAgentState("BREAK", LIVE);
        printLatency("agent state", sent);
        assertThat(text(agentField("reason"))).isEqualTo("Lunch");

        sent = System.nanoTime();
        centre.contactEnters(queue, "P-" + suffix + "-1");
        awaitText(tileField("waiting"), LIVE, "1");
        printLatency("contact waiting", sent);
        browser.screenshot("wallboard");

        system.feedLink().cut();
        awaitStale(true, STALE_WITHIN);
        // the last values stay on the board, marked, never replaced by zeros or blanks
        assertThat(text(tileField("waiting"))).isEqualTo("1");
        centre.contactEnters(queue, "P-" + suffix + "-2");
        browser.screenshot("wallboard-stale");

        system.feedLink().restore();
        awaitStale(false, RECOVERED_WITHIN);
        // the fresh snapshot taken on reconnecting holds what happened while the feed was down
        awaitText(tileField("waiting"), LIVE, "2");
    }

    @Test
    void everyQueueOfATrialShouldBeLiveBesideTheTrialsOwnTotals() {
        // more queues than a browser opens connections to one host: all must still be live
        String trial = "TRIAL-" + suffix;
        java.util.List<String> queues = new java.util.ArrayList<>();
        for (String language : new String[] {"en", "es", "he", "ar", "ru", "fr"}) {
            String id = "WB-" + suffix + "-" + language;
            centre.setUpQueue(id, trial, language);
            queues.add(id);
        }
        browser = Browser.open();
        browser.signIn(system.gateway(), "supervisor", "/wallboard");
        browser.go(system.gateway() + "/wallboard?group=trial:" + trial);
        By total = By.cssSelector("[data-group='trial:" + trial + "'] [data-field='waiting']");
        for (String id : queues) {
            awaitText(By.cssSelector("[data-queue='" + id + "'] [data-field='waiting']"), Duration.ofSeconds(20), "0");
        }
        awaitText(total, Duration.ofSeconds(20), "0");

        long sent = System.nanoTime();
        String last = queues.get(queues.size() - 1);
        centre.contactEnters(last, "P-" + suffix + "-t1");
        awaitText(By.cssSelector("[data-queue='" + last + "'] [data-field='waiting']"), LIVE, "1");
        printLatency("contact in the sixth queue of a trial", sent);
        awaitText(total, LIVE, "1");
        centre.contactEnters(queues.get(0), "P-" + suffix + "-t2");
        awaitText(total, LIVE, "2");
        browser.screenshot("wallboard-trial");
    }

    private By tileField(String field) {
        return By.cssSelector("[data-queue='" + queue + "'] [data-field='" + field + "']");
    }

    private By agentField(String field) {
        return By.cssSelector("[data-agent='" + agent + "'] [data-field='" + field + "']");
    }

    private String text(By element) {
        return browser.driver().findElement(element).getText().trim();
    }

    private String awaitText(By element, Duration within, String expected) {
        new WebDriverWait(browser.driver(), within, Duration.ofMillis(50))
                .withMessage(() -> element + " did not show '" + expected + "' within " + within)
                .until(driver -> driver.findElements(element).stream()
                        .map(WebElement::getText)
                        .anyMatch(shown -> shown.trim().toLowerCase().contains(expected.toLowerCase())));
        return text(element);
    }

    private void awaitAgentState(String state, Duration within) {
        By row = By.cssSelector("[data-agent='" + agent + "']");
        new WebDriverWait(browser.driver(), within, Duration.ofMillis(50))
                .withMessage(() -> "agent " + agent + " was not shown as " + state + " within " + within)
                .until(driver -> driver.findElements(row).stream()
                        .anyMatch(shown -> state.equals(shown.getAttribute("data-state"))));
    }

    private void awaitStale(boolean stale, Duration within) {
        new WebDriverWait(browser.driver(), within, Duration.ofMillis(100))
                .withMessage(() -> "the board was not marked " + (stale ? "stale" : "live") + " within " + within)
                .until(driver -> String.valueOf(stale)
                        .equals(driver.findElement(By.tagName("body")).getAttribute("data-stale")));
    }

    private static void printLatency(String what, long sentNanos) {
        System.out.printf(
                "wallboard: %s shown %d ms after its request was sent%n",
                what, (System.nanoTime() - sentNanos) / 1_000_000);
    }
}
