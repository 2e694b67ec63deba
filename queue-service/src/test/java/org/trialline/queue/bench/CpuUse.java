package org.trialline.queue.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * Where the CPU went during a window, in cores: the whole machine (from /proc/stat, Linux only), the service (from
 * its own Prometheus metrics) and this benchmark's JVM. The service, PostgreSQL, Redis and the benchmark share the
 * machine, so a figure read without these is hard to judge.
 */
final class CpuUse {

    private static final String SERVICE_CPU = "process_cpu_time_ns_total";

    private final Http http;

    CpuUse(Http http) {
        this.http = http;
    }

    private record Sample(long wallNanos, long[] machineTicks, long benchNanos, double serviceNanos) {}

    /** Starts measuring now; the answer arrives once the window has closed. */
    CompletableFuture<String> during(Window window) {
        return Mono.delay(until(window.startNanos()))
                .then(sample())
                .flatMap(first ->
                        Mono.delay(until(window.endNanos())).then(sample()).map(last -> describe(first, last)))
                .toFuture();
    }

    private Mono<Sample> sample() {
        return serviceCpuNanos()
                .map(service -> new Sample(System.nanoTime(), machineTicks(), benchCpuNanos(), service));
    }

    private static String describe(Sample first, Sample last) {
        double wall = last.wallNanos() - first.wallNanos();
        double bench = (last.benchNanos() - first.benchNanos()) / wall;
        double service = (last.serviceNanos() - first.serviceNanos()) / wall;
        double machine = machineBusy(first.machineTicks(), last.machineTicks());
        String of = "of " + Runtime.getRuntime().availableProcessors() + " cores";
        if (Double.isNaN(machine)) {
            return format("service %.2f, benchmark %.2f cores; the machine's total is unknown", service, bench);
        }
        return format(
                "%.2f %s busy: service %.2f, benchmark %.2f, the rest (PostgreSQL, Redis, other processes) %.2f",
                machine, of, service, bench, machine - service - bench);
    }

    // busy cores: the share of all CPU ticks that were neither idle nor waiting for I/O, times the cores
    private static double machineBusy(long[] first, long[] last) {
        if (first.length < 5 || last.length < 5) {
            return Double.NaN;
        }
        long total = Arrays.stream(last).sum() - Arrays.stream(first).sum();
        long idle = (last[3] + last[4]) - (first[3] + first[4]);
        return total == 0
                ? Double.NaN
                : (double) (total - idle) / total * Runtime.getRuntime().availableProcessors();
    }

    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            return Arrays.stream(cpu.trim().split("\\s+"))
                    .skip(1)
                    .limit(8)
                    .mapToLong(Long::parseLong)
                    .toArray();
        } catch (IOException | RuntimeException notLinux) {
            return new long[0];
        }
    }

    private static long benchCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private Mono<Double> serviceCpuNanos() {
        return http.get("/actuator/prometheus")
                .map(answer -> answer.body()
                        .lines()
                        .filter(line -> line.startsWith(SERVICE_CPU))
                        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                        .findFirst()
                        .orElse(Double.NaN));
    }

    private static Duration until(long nanos) {
        return Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
