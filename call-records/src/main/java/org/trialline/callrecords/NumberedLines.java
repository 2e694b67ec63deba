package org.trialline.callrecords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads a file's lines lazily, each with its number counted from 1. */
final class NumberedLines {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    record NumberedLine(long number, String text) {}

    private NumberedLines() {}

    static Stream<NumberedLine> of(BufferedReader reader) {
        Spliterator<NumberedLine> lines =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {

                    private long number;

                    @Override
                    public boolean tryAdvance(Consumer<? super NumberedLine> action) {
                        String text = readLine(reader);
                        if (text == null) {
                            return false;
                        }
                        number++;
                        if (number == 1 && text.startsWith(BYTE_ORDER_MARK)) {
                            text = text.substring(1);
                        }
                        action.accept(new NumberedLine(number, text));
                        return true;
                    }
                };
        return StreamSupport.stream(lines, false);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
