package org.trialline.replay;

import java.util.Map;

/**
 * The bank's service lines as TrialLine queues: one per {@code type}, the type as the queue's id and trial, by voice,
 * routed by the phone system. PS is the regular line in Hebrew and PE the same in English; the data set says nothing of
 * the others' language, and an Israeli bank served internet support (IN), the stock exchange desk (NE), prospective
 * customers (NW) and callbacks (TT) in Hebrew.
 */
final class QueueLines {

    private static final Map<String, String> LANGUAGES =
            Map.of("PS", "he", "PE", "en", "IN", "he", "NE", "he", "NW", "he", "TT", "he");
    private static final String DEFAULT_LANGUAGE = "he";

    private QueueLines() {}

    static String language(String queue) {
        return LANGUAGES.getOrDefault(queue, DEFAULT_LANGUAGE);
    }
}
