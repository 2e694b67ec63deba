package org.trialline.wfm.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.trialline.wfm.config.WfmProperties;
import reactor.core.publisher.Mono;

/**
 * Reads a queue's interval reports from queue-service ({@code GET /api/queue/history}), which counts each contact in
 * the interval it entered the queue, in the centre's time zone.
 */
@Component
public class QueueServiceHistory {

    private static final Logger log = LoggerFactory.getLogger(QueueServiceHistory.class);

    private final WebClient client;
    private final WfmProperties properties;

    QueueServiceHistory(WebClient queueServiceClient, WfmProperties properties) {
        this.client = queueServiceClient;
        this.properties = properties;
    }

    /** One row of queue-service's report; only what a forecast needs. */
    record Report(String queueId, LocalDateTime start, long offered, Double ahtSeconds) {}

    /**
     * The queue's intervals from {@code from} to {@code to}, both included; empty and marked unavailable when
     * queue-service does not answer in time, so that a forecast can still be made from imported counts.
     */
    public Mono<Answer> intervals(String queueId, int minutes, LocalDate from, LocalDate to) {
        return client.get()
                .uri(uri -> uri.path("/api/queue/history")
                        .queryParam("interval", minutes + "m")
                        .queryParam("from", from)
                        .queryParam("to", to)
                        .queryParam("queue", queueId)
                        .build())
                .retrieve()
                .bodyToFlux(Report.class)
                .map(report -> new HistoryInterval(
                        queueId,
                        report.start().atZone(properties.centreTimeZone()).toInstant(),
                        minutes,
                        report.offered(),
                        report.ahtSeconds()))
                .collectList()
                .timeout(properties.queueServiceTimeout())
                .map(rows -> new Answer(rows, true))
                .onErrorResume(failure -> unavailable(queueId, failure));
    }

    /** What queue-service answered, and whether it answered at all. */
    public record Answer(List<HistoryInterval> intervals, boolean available) {}

    // a forecast from imported counts is still worth having while queue-service is down or slow
    private static Mono<Answer> unavailable(String queueId, Throwable failure) {
        log.warn("History of queue {} not read from queue-service: {}", queueId, failure.toString());
        return Mono.just(new Answer(List.of(), false));
    }
}
