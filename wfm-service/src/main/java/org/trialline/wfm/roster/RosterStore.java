package org.trialline.wfm.roster;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.trialline.wfm.roster.RosterViews.RosterSummary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Roster problems and their rosters in PostgreSQL, as JSON. */
@Repository
class RosterStore {

    private static final TypeReference<List<ShiftRecord>> SHIFTS = new TypeReference<>() {};

    private static final String COLUMNS = "id, name, problem::text as problem, shifts::text as shifts,"
            + " published::text as published, published_at, status, score";

    private final DatabaseClient database;
    private final JsonMapper json;

    RosterStore(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    Mono<Void> insert(UUID id, RosterRequest problem) {
        return database.sql("insert into rosters (id, name, problem, status) values (:id, :name,"
                        + " cast(:problem as jsonb), 'NOT_SOLVED')")
                .bind("id", id)
                .bind("name", problem.name() == null ? "" : problem.name())
                .bind("problem", json.writeValueAsString(problem))
                .then();
    }

    /** Every roster, newest first, without its problem or shifts. */
    Flux<RosterSummary> list() {
        return database.sql("select id, name, status, problem->>'firstDay' as first_day,"
                        + " (problem->>'weeks')::int as weeks from rosters order by created_at desc, id")
                .map(row -> new RosterSummary(
                        row.get("id", UUID.class),
                        row.get("name", String.class),
                        RosterStatus.valueOf(row.get("status", String.class)),
                        LocalDate.parse(row.get("first_day", String.class)),
                        row.get("weeks", Integer.class)))
                .all();
    }

    /** The roster, or an error that answers 404. */
    Mono<StoredRoster> find(UUID id) {
        return database.sql("select " + COLUMNS + " from rosters where id = :id")
                .bind("id", id)
                .map(this::read)
                .one()
                .switchIfEmpty(Mono.error(() -> new UnknownRosterException(id)));
    }

    Mono<Void> saveProblem(UUID id, RosterRequest problem) {
        return database.sql("update rosters set problem = cast(:problem as jsonb), updated_at = now() where id = :id")
                .bind("id", id)
                .bind("problem", json.writeValueAsString(problem))
                .then();
    }

    Mono<Void> saveStatus(UUID id, RosterStatus status) {
        return database.sql("update rosters set status = :status, updated_at = now() where id = :id")
                .bind("id", id)
                .bind("status", status.name())
                .then();
    }

    Mono<Void> saveRoster(UUID id, List<ShiftRecord> shifts, String score) {
        return database.sql("update rosters set shifts = cast(:shifts as jsonb), score = :score, status = 'SOLVED',"
                        + " updated_at = now() where id = :id")
                .bind("id", id)
                .bind("shifts", json.writeValueAsString(shifts))
                .bind("score", score)
                .then();
    }

    /** Publishes the latest roster, answering whether there was one. */
    Mono<Boolean> publish(UUID id) {
        return database.sql("update rosters set published = shifts, published_at = now(), updated_at = now()"
                        + " where id = :id and status = 'SOLVED'")
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows > 0);
    }

    private StoredRoster read(Readable row) {
        String published = row.get("published", String.class);
        OffsetDateTime publishedAt = row.get("published_at", OffsetDateTime.class);
        return new StoredRoster(
                row.get("id", UUID.class),
                row.get("name", String.class),
                json.readValue(row.get("problem", String.class), RosterRequest.class),
                json.readValue(row.get("shifts", String.class), SHIFTS),
                published == null ? null : json.readValue(published, SHIFTS),
                publishedAt == null ? null : publishedAt.toInstant(),
                RosterStatus.valueOf(row.get("status", String.class)));
    }

    /** A roster as stored; {@code published} is null until it is first published. */
    record StoredRoster(
            UUID id,
            String name,
            RosterRequest problem,
            List<ShiftRecord> shifts,
            List<ShiftRecord> published,
            Instant publishedAt,
            RosterStatus status) {}
}
