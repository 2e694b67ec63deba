package org.trialline.wfm.history;

import java.time.Instant;

/**
 * The calls that arrived at a queue in one interval of the past.
 *
 * @param ahtSeconds their mean handle time, or null when unknown
 */
public record HistoryInterval(String queueId, Instant start, int minutes, long calls, Double ahtSeconds) {}
