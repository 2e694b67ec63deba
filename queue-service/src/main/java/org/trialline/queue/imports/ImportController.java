package org.trialline.queue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.trialline.callrecords.AsteriskQueueLog;
import org.trialline.callrecords.BankCallRecords;
import org.trialline.callrecords.ImportedLine;
import org.trialline.callrecords.RecordFiles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes telephony record files, plain or gzipped, as the request body: the Anonymous Bank call records and Asterisk's
 * {@code queue_log}. The queues the records name must be set up first.
 */
@RestController
@RequestMapping("/api/queue/imports")
class ImportController {

    // a month of a busy centre's records fits many times over; a larger file should be split by month
    private static final int MAX_BYTES = 256 * 1024 * 1024;

    private final HistoryImport history;

    ImportController(HistoryImport history) {
        this.history = history;
    }

    @PostMapping("/anonymous-bank")
    Mono<ImportReport> anonymousBank(
            @RequestBody Flux<DataBuffer> file, @RequestParam(defaultValue = "Asia/Jerusalem") String zone) {
        BankCallRecords records = new BankCallRecords(zone(zone));
        return load("anonymous-bank", file, input -> records.parse(reader(input)));
    }

    @PostMapping("/asterisk-queue-log")
    Mono<ImportReport> asteriskQueueLog(@RequestBody Flux<DataBuffer> file) {
        AsteriskQueueLog log = new AsteriskQueueLog();
        return load("asterisk-queue-log", file, input -> log.parse(reader(input)));
    }

    private Mono<ImportReport> load(
            String format, Flux<DataBuffer> file, Function<InputStream, Stream<ImportedLine>> parser) {
        return DataBufferUtils.join(file, MAX_BYTES)
                .onErrorMap(
                        DataBufferLimitException.class,
                        tooLarge -> new ResponseStatusException(
                                HttpStatus.CONTENT_TOO_LARGE, "the file is larger than " + MAX_BYTES + " bytes"))
                .switchIfEmpty(Mono.error(() -> new ServerWebInputException("the request has no file in its body")))
                .flatMap(buffer -> history.load(format, () -> parser.apply(buffer.asInputStream(true))));
    }

    private static java.io.BufferedReader reader(InputStream input) {
        try {
            return RecordFiles.reader(input);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException ex) {
            throw new ServerWebInputException("zone '" + zone + "' is not a time zone such as Asia/Jerusalem");
        }
    }
}
