package org.trialline.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checked-out TrialLine project the launcher runs from: where the service jars are built and where the launcher
 * keeps its own state ({@code .trialline/}: the embedded PostgreSQL data and every server's log).
 */
record ProjectHome(Path root) {

    ProjectHome {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Finds the project from the {@code trialline.home} system property, the {@code TRIALLINE_HOME} variable, or else
     * the launcher jar's own place in {@code launcher/target/}.
     */
    static ProjectHome locate(String property, String variable, String classPath) {
        for (String explicit : new String[] {property, variable}) {
            if (explicit != null && !explicit.isBlank()) {
                return new ProjectHome(Path.of(explicit));
            }
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar") || jar.getNameCount() < 3) {
            throw new LaunchException("cannot tell where the TrialLine project is; set TRIALLINE_HOME to its folder");
        }
        return new ProjectHome(jar.getParent().getParent().getParent());
    }

    Path serviceJar(Service service) {
        return root.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }

    List<Service> unbuilt(List<Service> services) {
        return services.stream()
                .filter(service -> !Files.isRegularFile(serviceJar(service)))
                .toList();
    }

    Path state() {
        return root.resolve(".trialline");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path postgresData() {
        return state().resolve("postgres");
    }

    /** The path as the user would type it from the project folder. */
    String shown(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }
}
