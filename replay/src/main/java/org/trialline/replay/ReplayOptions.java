package org.trialline.replay;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the command line asked for. {@code --speed max} sends as fast as the system takes events and keeps the 1999
 * times; any other speed shifts the first call to now unless {@code --at-original-time} is given.
 *
 * @param speed times real time; {@link Double#POSITIVE_INFINITY} for {@code max}
 * @param report where to write the daily report, or null for none
 */
record ReplayOptions(Path file, double speed, boolean atOriginalTime, Path report, URI gateway, Accounts accounts) {

    static final String USAGE =
            "usage: replay FILE [--speed N|max] [--at-original-time] [--report OUT.csv]" + " [--gateway URL]";

    private static final double DEFAULT_SPEED = 1;
    private static final double MAX_SPEED = 1_000_000;

    /** The accounts the tool signs in with: the phone system's for events, a supervisor's for set-up and reports. */
    record Accounts(String telephonyUser, String telephonyPassword, String supervisorUser, String supervisorPassword) {

        static Accounts from(Map<String, String> environment) {
            return new Accounts(
                    environment.getOrDefault("TRIALLINE_REPLAY_TELEPHONY_USER", "telephony"),
                    environment.getOrDefault("TRIALLINE_REPLAY_TELEPHONY_PASSWORD", "telephony"),
                    environment.getOrDefault("TRIALLINE_REPLAY_SUPERVISOR_USER", "supervisor"),
                    environment.getOrDefault("TRIALLINE_REPLAY_SUPERVISOR_PASSWORD", "supervisor"));
        }
    }

    boolean asFastAsPossible() {
        return Double.isInfinite(speed);
    }

    /** The 1999 times are kept when asked, and always at full speed, where a shift to now would put calls ahead. */
    boolean keepsOriginalTime() {
        return atOriginalTime || asFastAsPossible();
    }

    static ReplayOptions parse(List<String> args, Map<String, String> environment) {
        Path file = null;
        double speed = DEFAULT_SPEED;
        boolean atOriginalTime = false;
        Path report = null;
        URI gateway = gateway(environment.getOrDefault("TRIALLINE_GATEWAY_URL", "http://localhost:8080"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--speed" -> speed = speed(value(args, ++i, arg));
                case "--at-original-time" -> atOriginalTime = true;
                case "--report" -> report = Path.of(value(args, ++i, arg));
                case "--gateway" -> gateway = gateway(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new BadOptionException("unknown option '" + arg + "'");
                    }
                    if (file != null) {
                        throw new BadOptionException("one FILE only, got '" + file + "' and '" + arg + "'");
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new BadOptionException("no FILE given");
        }
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new BadOptionException("cannot read FILE '" + file + "'");
        }
        return new ReplayOptions(file, speed, atOriginalTime, report, gateway, Accounts.from(environment));
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new BadOptionException(option + " needs a value");
        }
        return args.get(index);
    }

    private static double speed(String value) {
        if (value.equals("max")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double speed = Double.parseDouble(value);
            if (speed > 0 && speed <= MAX_SPEED) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new BadOptionException("--speed is '" + value + "', expected a number above 0 (times real time) or max");
    }

    private static URI gateway(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the value
        }
        throw new BadOptionException("gateway address '" + value + "' is not an http(s) URL");
    }

    /** Input the tool cannot work with; reported on one line with exit code 2. */
    static final class BadOptionException extends RuntimeException {

        BadOptionException(String message) {
            super(message, null, false, false);
        }
    }
}
