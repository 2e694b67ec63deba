package org.trialline.wfm.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * wfm-service's own settings.
 *
 * @param centreTimeZone the zone queue-service's history reports are in, and a new queue's zone by default
 * @param queueServiceUrl where queue-service answers
 * @param queueServiceTimeout how long a history report may take before the forecast goes on without it
 */
@ConfigurationProperties("trialline.wfm")
public record WfmProperties(
        @DefaultValue("UTC") ZoneId centreTimeZone,
        @DefaultValue("http://127.0.0.1:8081") URI queueServiceUrl,
        @DefaultValue("10s") Duration queueServiceTimeout) {}
