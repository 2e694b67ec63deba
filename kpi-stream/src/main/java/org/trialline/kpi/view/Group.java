package org.trialline.kpi.view;

import java.util.Locale;

/**
 * What a wallboard tile shows: one queue, every queue of a trial or of a language, or the whole centre. Written
 * {@code queue:ID}, {@code trial:NAME}, {@code language:TAG} or {@code all}.
 */
public record Group(Kind kind, String id) {

    public enum Kind {
        QUEUE,
        TRIAL,
        LANGUAGE,
        ALL
    }

    public static final Group ALL = new Group(Kind.ALL, "");

    public static Group queue(String id) {
        return new Group(Kind.QUEUE, id);
    }

    public static Group trial(String trial) {
        return new Group(Kind.TRIAL, trial);
    }

    public static Group language(String language) {
        return new Group(Kind.LANGUAGE, language);
    }

    /** Reads {@code queue:ID}, {@code trial:NAME}, {@code language:TAG} or {@code all}. */
    public static Group parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a group is required: all, queue:ID, trial:NAME or language:TAG");
        }
        if (text.equals("all")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "group '" + text + "' is not one of all, queue:ID, trial:NAME or language:TAG");
        }
        String kind = text.substring(0, colon).toUpperCase(Locale.ROOT);
        String id = text.substring(colon + 1);
        return switch (kind) {
            case "QUEUE" -> queue(id);
            case "TRIAL" -> trial(id);
            case "LANGUAGE" -> language(id);
            default ->
                throw new IllegalArgumentException(
                        "group '" + text + "' is not one of all, queue:ID, trial:NAME or language:TAG");
        };
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
