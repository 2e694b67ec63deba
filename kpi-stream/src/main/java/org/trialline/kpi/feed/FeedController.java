package org.trialline.kpi.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** More than any wallboard shows at once: a trial's or a language's queues and the group itself. */
    static final int MAX_GROUPS_PER_FEED = 64;

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
        return asEvents(hub.subscribe(Groups.parse(group)));
    }

    /**
     * Several groups' feeds on one connection, {@code ?group=all&group=queue:PS…}: a browser holds only six
     * connections to a host, and a wallboard shows a group and each of its queues. Each message names its group.
     */
    @GetMapping(path = "/api/kpi/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<Object>> sseOfGroups(@RequestParam(name = "group", required = false) List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "group: name at least one group, as ?group=all&group=queue:PS");
        }
        List<String> distinct = names.stream().distinct().toList();
        if (distinct.size() > MAX_GROUPS_PER_FEED) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "group: at most " + MAX_GROUPS_PER_FEED + " groups on one feed, was " + distinct.size());
        }
        List<Group> groups = distinct.stream().map(Groups::parse).toList();
        return asEvents(hub.subscribe(groups));
    }

    private static Flux<ServerSentEvent<Object>> asEvents(Flux<FeedMessage> feed) {
        Flux<ServerSentEvent<Object>> messages = feed.map(message -> ServerSentEvent.<Object>builder(message)
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
