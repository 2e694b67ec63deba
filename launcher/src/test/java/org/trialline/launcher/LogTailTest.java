package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path folder;

    @Test
    void ofWhenTheLogIsLongerShouldKeepOnlyTheLastLines() throws IOException {
        Path log = Files.writeString(folder.resolve("service.log"), "one\ntwo\nthree\nfour\nfive\n");

        assertThat(LogTail.of(log, 2)).containsExactly("four", "five");
    }

    @Test
    void ofWhenTheLogIsShorterShouldKeepEveryLine() throws IOException {
        Path log = Files.writeString(folder.resolve("service.log"), "one\ntwo\n");

        assertThat(LogTail.of(log, 20)).containsExactly("one", "two");
    }

    @Test
    void ofWhenTheLogHasBytesThatAreNotUtf8ShouldStillReadTheLines() throws IOException {
        Path log =
                Files.write(folder.resolve("service.log"), new byte[] {'o', 'k', '\n', (byte) 0xff, '\n', 'e', '\n'});

        assertThat(LogTail.of(log, 3)).containsExactly("ok", "\uFFFD", "e");
    }

    @Test
    void ofWhenTheLogIsMissingShouldSaySo() {
        Path log = folder.resolve("never.log");

        assertThat(LogTail.of(log, 20)).isEqualTo(List.of("(" + log + " was never written)"));
    }
}
