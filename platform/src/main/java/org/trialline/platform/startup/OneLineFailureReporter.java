package org.trialline.platform.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a failed start as one line: what is wrong and what to change. Boot's own report spreads the same over a
 * dozen lines, so the shared settings silence it.
 */
public class OneLineFailureReporter implements FailureAnalysisReporter {

    private static final Logger log = LoggerFactory.getLogger("org.trialline.startup");

    @Override
    public void report(FailureAnalysis analysis) {
        String problem = flatten(analysis.getDescription()).replaceAll("[.;:]$", "");
        String action = analysis.getAction() == null ? "" : "; " + flatten(analysis.getAction());
        log.error("Cannot start: {}{}", problem, action);
    }

    private static String flatten(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
