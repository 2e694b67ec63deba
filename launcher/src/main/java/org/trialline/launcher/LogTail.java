package org.trialline.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Reads the last lines of a log file, which is what a user needs first when a server fails to start. */
final class LogTail {

    private LogTail() {}

    static List<String> of(Path log, int lines) {
        Deque<String> tail = new ArrayDeque<>(lines);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(log), lenient()))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            }
        } catch (NoSuchFileException e) {
            return List.of("(" + log + " was never written)");
        } catch (IOException e) {
            // this runs while reporting another failure, which must not be replaced by this one
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }

    private static CharsetDecoder lenient() {
        // a crashing process may leave bytes that are not UTF-8; they must not hide the lines around them
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
