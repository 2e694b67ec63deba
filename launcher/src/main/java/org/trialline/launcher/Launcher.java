package org.trialline.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code trialline} command: {@code up} (or {@code run}) brings the whole stack up on this machine, using the
 * PostgreSQL and Redis already running or starting embedded ones, and keeps it up until Ctrl-C.
 */
public final class Launcher {

    static final int OK = 0;

    static final int FAILED = 1;

    static final int USAGE = 2;

    private static final List<String> USAGE_LINES = List.of(
            "usage: ./trialline <command>",
            "",
            "commands:",
            "  up     start PostgreSQL and Redis (embedded ones if none answer), then every service; Ctrl-C stops all",
            "  run    the same as up",
            "  help   show this text",
            "",
            "environment (defaults in brackets):",
            "  TRIALLINE_DB_HOST [127.0.0.1]  TRIALLINE_DB_PORT [5432]  TRIALLINE_DB_NAME [trialline]",
            "  TRIALLINE_DB_USERNAME [postgres]  TRIALLINE_DB_PASSWORD []",
            "  TRIALLINE_REDIS_HOST [127.0.0.1]  TRIALLINE_REDIS_PORT [6379]  TRIALLINE_REDIS_PASSWORD []",
            "  TRIALLINE_READY_TIMEOUT_SECONDS [300]  TRIALLINE_HOME [two folders above the launcher jar]");

    private final Console console;

    private final Map<String, String> environment;

    private final String classPath;

    Launcher(Console console, Map<String, String> environment, String classPath) {
        this.console = console;
        this.environment = environment;
        this.classPath = classPath;
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(Console.system(), System.getenv(), System.getProperty("java.class.path"));
        System.exit(launcher.run(args));
    }

    int run(String... args) {
        if (args.length == 0) {
            usage();
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "up", "run" -> up(args[0], rest);
            case "help", "-h", "--help" -> {
                usage();
                yield OK;
            }
            default -> {
                console.fail("unknown command '" + args[0] + "'");
                usage();
                yield USAGE;
            }
        };
    }

    private int up(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            console.fail("'" + command + "' takes no arguments, got '" + String.join(" ", rest) + "'");
            return USAGE;
        }
        Stack stack;
        try {
            stack = new Stack(Settings.from(environment), home(), Service.ALL, console, new Readiness());
        } catch (LaunchException e) {
            report(e);
            return FAILED;
        }
        // Ctrl-C and kill end the JVM through its shutdown hooks; this one takes the children down with it
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "trialline-stop"));
        return keepUp(stack);
    }

    /** Starts the stack and stays until it is stopped or one of its services dies, which stops the rest. */
    int keepUp(Stack stack) {
        try {
            stack.start();
        } catch (LaunchException e) {
            report(e);
            stack.stop();
            return FAILED;
        }
        announce(stack);
        ServiceProcess exited = stack.awaitExit();
        if (stack.isStopping()) {
            return OK;
        }
        report(stack.failure(exited, exited.service().module() + " stopped on its own with code " + exited.exitCode()));
        stack.stop();
        return FAILED;
    }

    private ProjectHome home() {
        String property = System.getProperty("trialline.home");
        return ProjectHome.locate(property, environment.get("TRIALLINE_HOME"), classPath);
    }

    private void announce(Stack stack) {
        console.say("");
        console.say("TrialLine is up; its front door is the gateway at "
                + stack.services().get(0).url());
        for (Service service : stack.services()) {
            console.say(String.format("  %-22s %s", service.module(), service.url()));
            console.say(String.format("    %-20s %s/swagger-ui.html", "API docs", service.url()));
            console.say(String.format("    %-20s %s/actuator/prometheus", "metrics", service.url()));
        }
        console.say(String.format("  %-22s %s", "logs", stack.home().logs()));
        console.say("Press Ctrl-C to stop.");
    }

    private void report(LaunchException e) {
        console.fail(e.getMessage());
        e.details().forEach(console::detail);
    }

    private void usage() {
        USAGE_LINES.forEach(console::say);
    }
}
