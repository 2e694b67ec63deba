package org.trialline.kpi.state;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A Lua script from {@code scripts/}, run by its digest and sent whole only when Redis does not know it yet. */
public final class Script {

    private final String body;
    private final ScriptOutputType output;
    private volatile String digest;

    private Script(String body, ScriptOutputType output) {
        this.body = body;
        this.output = output;
    }

    public static Script load(String name, ScriptOutputType output) {
        try (InputStream in = Script.class.getResourceAsStream("/scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("script " + name + " is missing from the classpath");
            }
            return new Script(new String(in.readAllBytes(), StandardCharsets.UTF_8), output);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a script that answers a table. */
    @SuppressWarnings("unchecked")
    public Mono<List<Object>> list(RedisReactiveCommands<String, String> redis, String[] keys, String... args) {
        return run(redis, keys, args).next().map(table -> (List<Object>) table);
    }

    /** Runs a script that answers a number. */
    public Mono<Long> number(RedisReactiveCommands<String, String> redis, String[] keys, String... args) {
        return run(redis, keys, args).next().map(value -> (Long) value);
    }

    private Flux<Object> run(RedisReactiveCommands<String, String> redis, String[] keys, String... args) {
        if (digest == null) {
            digest = redis.digest(body);
        }
        return redis.<Object>evalsha(digest, output, keys, args)
                .onErrorResume(RedisNoScriptException.class, ex -> redis.eval(body, output, keys, args));
    }
}
