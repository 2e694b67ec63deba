package org.trialline.replay;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves a replay in time. At the original time nothing changes, so the ids are those queue-service's importer gives
 * the same records and a second replay is recognised as one. Shifted to now, every id is derived again with the
 * shift: the same day replayed on another day is a day of new calls, while repeating one shifted replay (same shift)
 * still changes nothing.
 */
record Retiming(Duration shift) {

    static final Retiming ORIGINAL = new Retiming(Duration.ZERO);

    static Retiming firstCallAt(Instant firstCall, Instant now) {
        // whole seconds, so that the ids of one shift are the same on every machine that computes it
        return new Retiming(Duration.ofSeconds(Duration.between(firstCall, now).getSeconds()));
    }

    Instant at(Instant original) {
        return original.plus(shift);
    }

    UUID id(UUID original) {
        if (shift.isZero()) {
            return original;
        }
        return UUID.nameUUIDFromBytes((original + "/shifted/" + shift.getSeconds()).getBytes(UTF_8));
    }
}
