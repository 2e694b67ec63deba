package org.trialline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planner page in a real headless Chromium, through the gateway: a planner picks a roster, solves it while the
 * best score streams in, sees the roster as agents by days and each queue's requirement against its coverage,
 * publishes it and saves its exports.
 */
@ExtendWith(SystemExtension.class)
class PlannerBrowserTest {

    // generous: four services, a solver and a browser share two cores with other builds
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Duration FEASIBLE_WITHIN = Duration.ofSeconds(120);
    private static final Duration SOLVED_WITHIN = Duration.ofSeconds(90);

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final List<String> AGENTS = List.of("ana", "ben", "carla", "dan");

    private final RunningSystem system;
    private final Centre centre;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String spanish = "PL-" + suffix + ".es.voice";
    private final String english = "PL-" + suffix + ".en.voice";
    private Browser browser;

    PlannerBrowserTest(RunningSystem system) {
        this.system = system;
        this.centre = new Centre(system);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot("planner-last");
            browser.close();
        }
    }

    @Test
    void plannerShouldSolveWatchPublishAndExportARosterThroughTheGateway() {
        String roster = centre.createRoster(weekProblem());
        browser = Browser.open();
        browser.signIn(system.gateway(), "planner", "/planner");

        await(
                PAGE,
                "roster " + roster + " in the picker",
                driver -> !driver.findElements(By.cssSelector("#roster option[value='" + roster + "']"))
                        .isEmpty());
        new Select(find(By.id("roster"))).selectByValue(roster);
        await(
                PAGE,
                "a row for every agent",
                driver -> AGENTS.stream()
                        .allMatch(agent -> !driver.findElements(
                                        By.cssSelector("#grid-rows tr[data-agent='" + agent + "']"))
                                .isEmpty()));
        await(PAGE, "the roster unsolved", driver -> "NOT_SOLVED".equals(attribute(By.id("status"), "data-status")));
        String before = find(By.id("score")).getText();

        find(By.id("solve")).click();
        await(
                PAGE,
                "a best score streamed in",
                driver ->
                        !driver.findElements(By.cssSelector("#score-trail li")).isEmpty());
        await(
                FEASIBLE_WITHIN,
                "a feasible score",
                driver -> "0".equals(attribute(By.id("score"), "data-hard"))
                        && "true".equals(attribute(By.id("score"), "data-feasible")));
        assertThat(find(By.id("score")).getText()).isNotEqualTo(before).contains("Hard 0");
        assertThat(Integer.parseInt(attribute(By.id("score"), "data-events"))).isPositive();
        browser.screenshot("planner-solving");
        if (find(By.id("stop")).isEnabled()) {
            find(By.id("stop")).click();
        }
        await(SOLVED_WITHIN, "the solve to end", driver -> "SOLVED".equals(attribute(By.id("status"), "data-status")));

        for (String agent : AGENTS) {
            assertThat(find(By.cssSelector("#grid-rows tr[data-agent='" + agent + "']"))
                            .findElements(By.cssSelector("td[data-date]")))
                    .hasSize(7);
        }
        List<WebElement> shifts = browser.driver().findElements(By.cssSelector("#grid-rows .shift"));
        assertThat(shifts)
                .isNotEmpty()
                .allSatisfy(
                        shift -> assertThat(shift.getAttribute("data-queue")).isIn(spanish, english));
        assertThat(shifts.get(0).getText()).contains(shifts.get(0).getAttribute("data-queue"));
        for (String queue : List.of(spanish, english)) {
            for (String line : List.of("required-line", "covered-line")) {
                String path = attribute(By.cssSelector("#charts svg[data-queue='" + queue + "'] path." + line), "d");
                assertThat(path).as(queue + " " + line).startsWith("M").contains("L");
            }
        }
        assertThat(find(By.id("summary")).getText()).isNotBlank();

        find(By.id("publish")).click();
        await(
                PAGE,
                "the roster published",
                driver -> find(By.id("published")).getText().startsWith("published "));

        find(By.id("csv")).click();
        awaitDownload("roster.csv");
        find(By.cssSelector("#calendars button[data-agent='ana']")).click();
        awaitDownload("roster-ana.ics");
        browser.screenshot("planner");
    }

    private void awaitDownload(String filename) {
        await(
                PAGE,
                filename + " saved",
                driver -> find(By.id("download-status")).getText().startsWith("Saved " + filename));
        assertThat(attribute(By.id("download-status"), "data-status")).isEqualTo("200");
        assertThat(Integer.parseInt(attribute(By.id("download-status"), "data-bytes")))
                .isPositive();
    }

    private WebElement find(By element) {
        return browser.driver().findElement(element);
    }

    private String attribute(By element, String name) {
        return find(element).getAttribute(name);
    }

    private void await(Duration within, String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), within, Duration.ofMillis(200))
                .withMessage(() -> "the planner page did not show " + what + " within " + within + "; it said: "
                        + find(By.id("message")).getText())
                .until(condition::apply);
    }

    // Spanish 08:00-16:00 Monday to Saturday and English 12:00-20:00 Monday to Friday, one agent each half hour,
    // for two Spanish speakers and three English: the week RosterApiTest solves, on queues of this test's own
    private Map<String, Object> weekProblem() {
        return Map.of(
                "name",
                "planner page " + suffix,
                "timeZone",
                "Europe/Madrid",
                "firstDay",
                MONDAY.toString(),
                "weeks",
                1,
                "queues",
                List.of(
                        Map.of("id", spanish, "language", "es", "trial", "PL-" + suffix, "demand", halfHours(6, 8, 16)),
                        Map.of(
                                "id",
                                english,
                                "language",
                                "en",
                                "trial",
                                "PL-" + suffix,
                                "demand",
                                halfHours(5, 12, 20))),
                "templates",
                List.of(template("E", "08:00", false), template("L", "12:00", true)),
                "agents",
                List.of(
                        agent(
                                "ana",
                                List.of("es"),
                                Map.of("daysOff", List.of(MONDAY.plusDays(2).toString()))),
                        agent("ben", List.of("en"), Map.of()),
                        agent("carla", List.of("es", "en"), Map.of()),
                        agent("dan", List.of("en"), Map.of())));
    }

    private static Map<String, Object> template(String id, String start, boolean late) {
        return Map.of("id", id, "starts", List.of(start), "lengthMinutes", 480, "late", late);
    }

    private Map<String, Object> agent(String id, List<String> languages, Map<String, Object> extra) {
        Map<String, Object> agent = new HashMap<>(Map.of(
                "id",
                id,
                "name",
                "Agent " + id,
                "languages",
                languages,
                "trials",
                List.of("PL-" + suffix),
                "contract",
                Map.of("maxMinutesPerWeek", 1920, "maxConsecutiveWorkingDays", 5)));
        agent.putAll(extra);
        return agent;
    }

    private static List<Map<String, Object>> halfHours(int days, int from, int to) {
        List<Map<String, Object>> demand = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (LocalDateTime start = MONDAY.plusDays(day).atTime(from, 0);
                    start.getHour() < to;
                    start = start.plusMinutes(30)) {
                demand.add(Map.of(
                        "start", start.toString(), "end", start.plusMinutes(30).toString(), "agents", 1));
            }
        }
        return demand;
    }
}
