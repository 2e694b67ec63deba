package org.trialline.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplayOptionsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void maxSpeedShouldKeepTheOriginalTime() throws IOException {
        ReplayOptions options = ReplayOptions.parse(List.of(file(), "--speed", "max"), Map.of());

        assertThat(options.asFastAsPossible()).isTrue();
        assertThat(options.keepsOriginalTime()).isTrue();
    }

    @Test
    void aSpeedShouldShiftToNowUnlessAskedNotTo() throws IOException {
        ReplayOptions shifted = ReplayOptions.parse(List.of(file(), "--speed", "60"), Map.of());
        ReplayOptions kept = ReplayOptions.parse(List.of(file(), "--speed", "2.5", "--at-original-time"), Map.of());

        assertThat(shifted.speed()).isEqualTo(60);
        assertThat(shifted.keepsOriginalTime()).isFalse();
        assertThat(kept.keepsOriginalTime()).isTrue();
        assertThat(kept.gateway()).hasToString("http://localhost:8080");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--speed|fast|--speed is 'fast', expected a number above 0 (times real time) or max",
                "--speed|0|--speed is '0', expected a number above 0 (times real time) or max",
                "--speed|-3|--speed is '-3', expected a number above 0 (times real time) or max",
                "--colour|red|unknown option '--colour'",
                "--gateway|ftp://x|gateway address 'ftp://x' is not an http(s) URL"
            })
    void badInputShouldExitWithTwoAndOneLine(String option, String value, String message) throws IOException {
        int exit = replay().run(file(), option, value);

        assertThat(exit).isEqualTo(Replay.USAGE);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).startsWith("replay: " + message + "; usage: ").hasLineCount(1);
    }

    @Test
    void aMissingFileShouldExitWithTwo() {
        int exit = replay().run(folder.resolve("nothing.txt").toString());

        assertThat(exit).isEqualTo(Replay.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("replay: cannot read FILE ");
    }

    @Test
    void noArgumentsShouldExitWithTwo() {
        assertThat(replay().run()).isEqualTo(Replay.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("replay: no FILE given; usage: ");
    }

    private Replay replay() {
        return new Replay(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    private String file() throws IOException {
        Path file = folder.resolve("calls.txt");
        Files.writeString(file, "vru+line\n");
        return file.toString();
    }
}
