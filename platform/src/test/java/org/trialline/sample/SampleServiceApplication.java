package org.trialline.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.platform.security.AccessRules;
import reactor.core.publisher.Mono;

/** A service as small as can be, to see what the platform gives every TrialLine service. */
@SpringBootApplication
public class SampleServiceApplication {

    record Callback(
            @NotBlank String patientReference,
            @Min(1) @Max(5) int score) {}

    @Bean
    AccessRules accessRules() {
        return table -> table.on(HttpMethod.POST, "/callbacks")
                .allow("COORDINATOR", "SUPERVISOR")
                .on(HttpMethod.POST, "/agents/{agentId}/state")
                .allowOwner("agentId", "AGENT", "SUPERVISOR")
                .on("/feed")
                .allow("SUPERVISOR")
                .tokenInQueryAllowedOn("/feed");
    }

    @RestController
    static class CallbackController {

        @PostMapping("/agents/{agentId}/state")
        Mono<String> changeState(@PathVariable String agentId) {
            return Mono.just(agentId);
        }

        @GetMapping("/feed")
        Mono<String> feed() {
            return Mono.just("feed");
        }

        @GetMapping("/whoami")
        Mono<String> whoami(java.security.Principal caller) {
            return Mono.just(caller.getName());
        }

        @PostMapping("/callbacks")
        Mono<Callback> create(@Valid @RequestBody Callback callback) {
            return Mono.just(callback);
        }

        @GetMapping("/callbacks/{id}")
        Mono<Callback> find(@PathVariable @Max(999) int id) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No callback " + id));
        }

        @GetMapping("/broken")
        Mono<Callback> broken() {
            return Mono.error(new IllegalStateException("secret internal detail"));
        }
    }
}
