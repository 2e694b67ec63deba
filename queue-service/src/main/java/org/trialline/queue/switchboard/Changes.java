package org.trialline.queue.switchboard;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Tells whoever listens that the centre changed, once the change is committed: a hint to route again. */
@Component
public class Changes {

    private final Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();

    void committed() {
        sink.tryEmitNext(Boolean.TRUE);
    }

    public Flux<Boolean> committedChanges() {
        return sink.asFlux();
    }
}
