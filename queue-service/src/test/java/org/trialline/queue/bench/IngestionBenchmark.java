package org.trialline.queue.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Measures a running queue-service: how many telephony events a second it takes in, one per request and in batches,
 * and how soon its router offers a waiting contact to an agent. It prints figures and asserts nothing; it is a
 * benchmark, not a test. {@code queue-service/bench} starts a service of its own, on a fresh database, and runs it.
 *
 * <p>The benchmark runs on the same machine as the service, PostgreSQL and Redis, and takes its share of the CPU.
 */
final class IngestionBenchmark {

    private final BenchSettings settings;
    private final Report report = new Report(System.out);
    // ids of this run only, so that runs against one database never meet
    private final String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);

    private IngestionBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            System.err.println(BenchSettings.USAGE);
            System.exit(2);
            return;
        }
        new IngestionBenchmark(settings).run();
        // the HTTP client's threads are daemons, but a finished benchmark should not wait on any other
        System.exit(0);
    }

    private void run() {
        describe();
        int ingestionAgents = settings.inFlight() * 2;
        try (Http http = new Http(settings.baseUrl(), settings.bearer(), settings.inFlight() * 2 + 64);
                OutboxReader outbox = new OutboxReader(settings.database())) {
            CentreSetup setup = new CentreSetup(http);
            String queueId = run + ".ingest";
            setup.queue(queueId, run + "-I", "TELEPHONY");
            List<String> agents = setup.availableAgents(run + "-i", run + "-I", ingestionAgents);

            EventIngestion ingestion = new EventIngestion(http, outbox, settings, report, queueId, agents);
            if (settings.runs("single")) {
                ingestion.oneEventPerRequest();
            }
            if (settings.runs("batch")) {
                ingestion.batches();
            }
            if (settings.runs("routing")) {
                new RoutingLatency(http, outbox, settings, report).run(run + ".routed", run + "-R");
            }
        }
        report.heading("Done");
        report.line("finished", "%s, load average %s", Instant.now().truncatedTo(ChronoUnit.SECONDS), loadAverage());
    }

    private void describe() {
        report.heading("TrialLine queue-service ingestion benchmark");
        report.line("started", "%s, run id %s", Instant.now().truncatedTo(ChronoUnit.SECONDS), run);
        describeMachine();
        describeParameters();
    }

    private void describeMachine() {
        Runtime runtime = Runtime.getRuntime();
        report.line("machine", "%d cores (Runtime.availableProcessors), %s", runtime.availableProcessors(), cpu());
        report.line("os", "%s %s %s", property("os.name"), property("os.version"), property("os.arch"));
        report.line("memory", "%s total; load average %s at start", totalMemory(), loadAverage());
        report.line("java", "%s (%s, %s)", property("java.version"), property("java.vm.name"), property("java.vendor"));
        report.line("benchmark JVM", "max heap %d MiB", runtime.maxMemory() >> 20);
    }

    private void describeParameters() {
        report.line("service", settings.baseUrl());
        report.line("database", "%s", settings.database());
        report.line(
                "warm-up, measured",
                "%d s, %d s",
                settings.warmUp().toSeconds(),
                settings.measured().toSeconds());
        report.line("in flight", "%d lifecycles or batches", settings.inFlight());
        report.line("batch size", "%d events asked, %d sent", settings.batchSize(), settings.lifecyclesPerBatch() * 4);
        report.line("phases", String.join(", ", settings.phases()));
        report.line(
                "routing",
                "%d agents, %d contacts/s for %d s",
                settings.routingAgents(),
                settings.routingRate(),
                settings.routingDuration().toSeconds());
    }

    private static String property(String name) {
        return System.getProperty(name, "?");
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String totalMemory() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return (sun.getTotalMemorySize() >> 20) + " MiB";
        }
        return "unknown";
    }

    // Linux names the processor in /proc/cpuinfo; elsewhere the line says nothing more
    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("processor unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "processor unknown";
        }
    }
}
