package org.trialline.callrecords;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Name-based ids, so that importing the same file twice yields the same contacts and events and the store can drop
 * the repeats by event id. Changing a key changes every id it makes: a file imported before and after would count
 * twice.
 */
final class StableIds {

    private StableIds() {}

    static UUID of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(UTF_8));
    }
}
