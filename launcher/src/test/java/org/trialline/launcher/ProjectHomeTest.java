package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectHomeTest {

    @TempDir
    Path root;

    @Test
    void locateFromTheLauncherJarShouldGoTwoFoldersAboveItsFolder() {
        ProjectHome home = ProjectHome.locate(null, null, "/srv/trialline/launcher/target/launcher.jar");

        assertThat(home.root()).isEqualTo(Path.of("/srv/trialline"));
    }

    @Test
    void locateShouldPreferThePropertyToTheVariableAndBothToTheJar() {
        String jar = "/srv/trialline/launcher/target/launcher.jar";

        assertThat(ProjectHome.locate("/from/property", "/from/variable", jar).root())
                .isEqualTo(Path.of("/from/property"));
        assertThat(ProjectHome.locate(null, "/from/variable", jar).root()).isEqualTo(Path.of("/from/variable"));
    }

    @Test
    void locateWhenNotRunFromAJarShouldAskForTrialLineHome() {
        assertThatThrownBy(() -> ProjectHome.locate(null, null, "/srv/trialline/launcher/target/classes"))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("set TRIALLINE_HOME");
    }

    @Test
    void serviceJarShouldBeTheModulesBuildOutput() {
        ProjectHome home = new ProjectHome(Path.of("/srv/trialline"));

        assertThat(home.serviceJar(new Service("queue-service", 8081)))
                .isEqualTo(Path.of("/srv/trialline/queue-service/target/queue-service.jar"));
    }

    @Test
    void stateShouldLiveInDotTrialLine() {
        ProjectHome home = new ProjectHome(Path.of("/srv/trialline"));

        assertThat(home.postgresData()).isEqualTo(Path.of("/srv/trialline/.trialline/postgres"));
        assertThat(home.log("gateway")).isEqualTo(Path.of("/srv/trialline/.trialline/logs/gateway.log"));
        assertThat(home.shown(home.postgresData())).isEqualTo(".trialline/postgres");
    }

    @Test
    void unbuiltShouldListTheServicesWhoseJarIsMissing() throws IOException {
        Service built = new Service("gateway", 8080);
        Service unbuilt = new Service("kpi-stream", 8083);
        Files.createDirectories(root.resolve("gateway/target"));
        Files.createFile(root.resolve("gateway/target/gateway.jar"));

        assertThat(new ProjectHome(root).unbuilt(List.of(built, unbuilt))).containsExactly(unbuilt);
    }
}
