package org.trialline.callrecords;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens telephony record files for the importers, plain or gzipped: a file is read as gzip when it starts with the
 * gzip magic bytes, whatever its name. Text is read as UTF-8.
 */
public final class RecordFiles {

    private static final int GZIP_FIRST_BYTE = 0x1f;
    private static final int GZIP_SECOND_BYTE = 0x8b;

    private RecordFiles() {}

    /** Opens a file; the caller closes the reader. */
    public static BufferedReader open(Path file) throws IOException {
        return reader(Files.newInputStream(file));
    }

    /** Wraps a stream, unzipping it when it is gzipped; closing the reader closes the stream. */
    public static BufferedReader reader(InputStream input) throws IOException {
        InputStream buffered = new BufferedInputStream(input);
        try {
            InputStream content = isGzip(buffered) ? new GZIPInputStream(buffered) : buffered;
            return new BufferedReader(new InputStreamReader(content, UTF_8));
        } catch (IOException e) {
            buffered.close();
            throw e;
        }
    }

    static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isGzip(InputStream input) throws IOException {
        input.mark(2);
        int first = input.read();
        int second = input.read();
        input.reset();
        return first == GZIP_FIRST_BYTE && second == GZIP_SECOND_BYTE;
    }
}
