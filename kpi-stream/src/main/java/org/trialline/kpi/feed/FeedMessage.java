package org.trialline.kpi.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One message of a wallboard feed. The first is a {@code snapshot}: every value of the group, each under a dotted key
 * ({@code windows.today.serviceLevel}, {@code agents.a-7.state}). Then {@code delta}s carry only the keys that
 * changed, with the latest value of each, and the keys that went away; an {@code alert} says a threshold was crossed.
 *
 * @param version the snapshot version the values are as of; it only goes up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedMessage(
        String kind, String group, long version, Map<String, Object> values, List<String> removed, Alert alert) {

    public static final String SNAPSHOT = "snapshot";
    public static final String DELTA = "delta";
    public static final String ALERT = "alert";

    /**
     * A threshold crossed.
     *
     * @param measure {@code serviceLevel}, {@code oldestWait} or {@code abandonmentRate}
     * @param level OK when it came back, WARN or ALERT
     * @param value the value that crossed it
     */
    public record Alert(String group, String measure, String previous, String level, Double value, String at) {}
}
