package org.trialline.kpi.feed;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Groups;
import reactor.core.publisher.Flux;

/**
 * The wallboard feeds: an RSocket request-stream on route {@code kpi.feed.{group}} (WebSocket at {@code /rsocket})
 * and the same messages as server-sent events.
 */
@Controller
class FeedController {

    /** How often an SSE client is sent a {@code heartbeat} event with the server's time. */
    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);

    static final String HEARTBEAT = "heartbeat";

    // a named event rather than a comment, since an EventSource never sees comments and a wallboard tells a dead
    // connection by the silence; one timer serves every client
    private static final Flux<ServerSentEvent<Object>> HEARTBEATS = Flux.interval(HEARTBEAT_EVERY)
            .onBackpressureDrop()
            .map(tick -> ServerSentEvent.<Object>builder(new Heartbeat(Instant.now()))
                    .event(HEARTBEAT)
                    .build())
            .share();

    private final FeedHub hub;

    FeedController(FeedHub hub) {
        this.hub = hub;
    }

    // the rest of the route, since a queue id may hold dots, the route's separator; it comes with the dot before it
    @MessageMapping("kpi.feed.{*group}")
    Flux<FeedMessage> rsocket(@DestinationVariable String group) {
        String name = group.startsWith(".") ? group.substring(1) : group;
        // the error frame carries the message alone, so it says what was wrong without an HTTP status
        return Flux.defer(() -> hub.subscribe(Group.parse(name)))
                .onErrorMap(ResponseStatusException.class, ex -> new IllegalArgumentException(ex.getReason()));
    }

    @GetMapping(path = "/api/kpi/feed/{group}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Object>> sse(@PathVariable String group) {
        Flux<ServerSentEvent<Object>> messages = hub.subscribe(Groups.parse(group))
                .map(message -> ServerSentEvent.<Object>builder(message)
                        .event(message.kind())
                        .id(Long.toString(message.version()))
                        .build());
        // a prefetch of 1: a slow client's backlog stays conflated per key in the hub rather than queued here whole
        return Flux.merge(1, messages, HEARTBEATS.onBackpressureDrop());
    }

    /**
     * Sent on the SSE feed every {@link #HEARTBEAT_EVERY}, so that a client sees the connection lives.
     *
     * @param serverTime the server's wall clock, which a wallboard ticks waiting times by
     */
    record Heartbeat(Instant serverTime) {}
}
