package org.trialline.kpi.feed;

import java.time.Duration;

/** Closes a feed whose client has taken nothing for longer than the lag limit. */
public class LaggingClientException extends RuntimeException {

    LaggingClientException(String group, Duration lagLimit) {
        super("closed the feed of " + group + ": the client took nothing for more than " + lagLimit.toSeconds()
                + " s; subscribe again for a fresh snapshot");
    }
}
