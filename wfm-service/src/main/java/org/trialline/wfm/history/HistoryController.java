package org.trialline.wfm.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.trialline.wfm.problems.DateRange;
import org.trialline.wfm.queues.QueuePlan;
import org.trialline.wfm.queues.QueuePlans;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Imports interval counts from a planner's CSV and lists what was imported. */
@RestController
@RequestMapping("/api/wfm/history/intervals")
class HistoryController {

    // a year of quarter hours for a hundred queues is about 150 MB; a larger file should be split by queue
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HistoryController.class);

    private final QueuePlans plans;
    private final IntervalHistory history;
    private final TransactionalOperator transaction;

    HistoryController(QueuePlans plans, IntervalHistory history, TransactionalOperator transaction) {
        this.plans = plans;
        this.history = history;
        this.transaction = transaction;
    }

    /** What an import stored. */
    record Imported(long rows, List<String> queues) {}

    /** One stored interval, its start in the queue's time zone. */
    record StoredInterval(String queueId, OffsetDateTime start, int minutes, long calls, Double ahtSeconds) {}

    @PostMapping(consumes = {"text/csv", "text/plain"})
    Mono<Imported> importCsv(@RequestBody Flux<DataBuffer> body) {
        return DataBufferUtils.join(body, MAX_BYTES)
                .onErrorMap(
                        DataBufferLimitException.class,
                        tooLarge -> new ResponseStatusException(
                                HttpStatus.CONTENT_TOO_LARGE, "the file is larger than " + MAX_BYTES + " bytes"))
                .switchIfEmpty(Mono.error(() -> new ServerWebInputException("the request has no file in its body")))
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .flatMap(this::store);
    }

    private Mono<Imported> store(String text) {
        List<String> queueIds = queueIds(text);
        return plans.find(queueIds)
                .collectMap(QueuePlan::queueId, Function.identity())
                .map(found -> new IntervalCsv(found::get).read(text))
                .flatMap(rows -> transaction.transactional(history.save(rows)).thenReturn(imported(rows)));
    }

    private static Imported imported(List<HistoryInterval> rows) {
        List<String> queues =
                rows.stream().map(HistoryInterval::queueId).distinct().sorted().toList();
        log.info("Imported {} interval counts of queues {}", rows.size(), queues);
        return new Imported(rows.size(), queues);
    }

    // the first field of each row, so that the queues' plans are read once before the file is checked
    private static List<String> queueIds(String text) {
        return text.lines()
                .skip(1)
                .map(line -> line.split(",", 2)[0].trim())
                .distinct()
                .collect(Collectors.toList());
    }

    @GetMapping
    Flux<StoredInterval> list(
            @RequestParam String queue,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange.check(from, to, to);
        return plans.get(queue)
                .flatMapMany(plan -> history.between(
                                queue,
                                from.atStartOfDay(plan.timeZone()).toInstant(),
                                to.plusDays(1).atStartOfDay(plan.timeZone()).toInstant())
                        .map(row -> new StoredInterval(
                                row.queueId(),
                                row.start().atZone(plan.timeZone()).toOffsetDateTime(),
                                row.minutes(),
                                row.calls(),
                                row.ahtSeconds())));
    }
}
