package org.trialline.queue.agents;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.trialline.events.AgentState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The centre's agents and their states, kept in PostgreSQL. */
@Repository
public class Agents {

    private static final String SELECT = "select a.id, a.name, a.trials, a.channels, a.state, a.state_reason,"
            + " a.state_since, a.available_since, a.missed_offers,"
            + " coalesce((select string_agg(l.language || '=' || l.proficiency, ',' order by l.language)"
            + " from agent_languages l where l.agent_id = a.id), '') as languages from agents a";

    private final DatabaseClient database;

    Agents(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Agent> find(String id) {
        return database.sql(SELECT + " where a.id = :id")
                .bind("id", id)
                .map(Agents::read)
                .one();
    }

    /** The agent, locked until the transaction ends, or an error that answers 404. */
    public Mono<Agent> lock(String id) {
        return database.sql(SELECT + " where a.id = :id for update of a")
                .bind("id", id)
                .map(Agents::read)
                .one()
                .switchIfEmpty(Mono.error(() -> new UnknownAgentException(id)));
    }

    public Mono<Agent> get(String id) {
        return find(id).switchIfEmpty(Mono.error(() -> new UnknownAgentException(id)));
    }

    public Flux<Agent> all() {
        return database.sql(SELECT + " order by a.id").map(Agents::read).all();
    }

    /** Available agents, longest idle first. */
    public Flux<Agent> available() {
        return database.sql(SELECT + " where a.state = 'AVAILABLE' order by a.available_since, a.id")
                .map(Agents::read)
                .all();
    }

    /** Saves who the agent is and what they may handle; a new agent starts offline. */
    Mono<Boolean> saveProfile(Agent agent) {
        Mono<Boolean> upsert = database.sql("insert into agents (id, name, trials, channels, state, state_since)"
                        + " values (:id, :name, :trials, :channels, 'OFFLINE', :since)"
                        + " on conflict (id) do update set name = excluded.name, trials = excluded.trials,"
                        + " channels = excluded.channels returning (xmax = 0) as created")
                .bind("id", agent.id())
                .bind("name", agent.name())
                .bind("trials", agent.trials().toArray(String[]::new))
                .bind("channels", agent.channels().toArray(String[]::new))
                .bind("since", agent.stateSince())
                .map(row -> Boolean.TRUE.equals(row.get("created", Boolean.class)))
                .one();
        Mono<Long> clear = database.sql("delete from agent_languages where agent_id = :id")
                .bind("id", agent.id())
                .fetch()
                .rowsUpdated();
        Flux<Long> languages = Flux.fromIterable(agent.languages().entrySet())
                .concatMap(language -> database.sql("insert into agent_languages (agent_id, language, proficiency)"
                                + " values (:id, :language, :proficiency)")
                        .bind("id", agent.id())
                        .bind("language", language.getKey())
                        .bind("proficiency", language.getValue())
                        .fetch()
                        .rowsUpdated());
        return upsert.flatMap(created -> clear.thenMany(languages).then(Mono.just(created)));
    }

    /** Records a change of state; {@code availableSince} moves only when the agent becomes available. */
    public Mono<Void> changeState(String id, AgentState state, String reason, Instant since, boolean missedOffer) {
        DatabaseClient.GenericExecuteSpec update = database.sql(
                        "update agents set state = :state, state_reason = :reason, state_since = :since,"
                                + " available_since = case when :state = 'AVAILABLE' then"
                                + " (case when state = 'AVAILABLE' then available_since else :since end) end,"
                                + " missed_offers = missed_offers + :missed where id = :id")
                .bind("id", id)
                .bind("state", state.name())
                .bind("since", since)
                .bind("missed", missedOffer ? 1 : 0);
        update = reason == null ? update.bindNull("reason", String.class) : update.bind("reason", reason);
        return update.fetch().rowsUpdated().then();
    }

    private static Agent read(Readable row) {
        return new Agent(
                row.get("id", String.class),
                row.get("name", String.class),
                languages(row.get("languages", String.class)),
                Arrays.asList(row.get("trials", String[].class)),
                Arrays.asList(row.get("channels", String[].class)),
                AgentState.valueOf(row.get("state", String.class)),
                row.get("state_reason", String.class),
                row.get("state_since", Instant.class),
                row.get("available_since", Instant.class),
                row.get("missed_offers", Integer.class));
    }

    private static Map<String, Integer> languages(String joined) {
        Map<String, Integer> languages = new TreeMap<>();
        if (joined != null && !joined.isEmpty()) {
            for (String pair : joined.split(",")) {
                String[] parts = pair.split("=");
                languages.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return languages;
    }
}
