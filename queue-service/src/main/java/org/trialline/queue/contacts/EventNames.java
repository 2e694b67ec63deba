package org.trialline.queue.contacts;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.trialline.events.QueueEvent;

/** The wire name of an event, as clients see it in messages. */
public final class EventNames {

    private EventNames() {}

    public static String of(QueueEvent event) {
        JsonTypeName name = event.getClass().getAnnotation(JsonTypeName.class);
        return name == null ? event.getClass().getSimpleName() : name.value();
    }
}
