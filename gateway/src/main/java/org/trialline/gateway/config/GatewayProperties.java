package org.trialline.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the services are and what the gateway lets through to them.
 *
 * @param services each service's base address
 * @param rateLimit requests a client may make
 * @param limits request sizes and how long a service may take
 * @param cors origins other than the gateway's own whose pages may call it
 */
@ConfigurationProperties("trialline.gateway")
public record GatewayProperties(
        @DefaultValue Services services,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Limits limits,
        @DefaultValue Cors cors) {

    /** The services' base addresses. */
    public record Services(
            @DefaultValue("http://127.0.0.1:8081") URI queue,
            @DefaultValue("http://127.0.0.1:8082") URI wfm,
            @DefaultValue("http://127.0.0.1:8083") URI kpi,
            @DefaultValue("http://127.0.0.1:8084") URI notifications) {}

    /**
     * A token bucket per client (the token's subject, else the address it calls from).
     *
     * @param replenishRate requests per second a client may keep up
     * @param burstCapacity requests a client may make at once after a quiet spell
     */
    public record RateLimit(
            @DefaultValue("50") int replenishRate,
            @DefaultValue("100") int burstCapacity) {}

    /**
     * @param maxRequestSize the largest body a request may carry
     * @param maxImportSize the largest body of a call-record import
     * @param responseTimeout how long a service may take to answer before the caller gets a 503
     * @param importTimeout the same for an import
     */
    public record Limits(
            @DefaultValue("1MB") DataSize maxRequestSize,
            @DefaultValue("64MB") DataSize maxImportSize,
            @DefaultValue("10s") Duration responseTimeout,
            @DefaultValue("5m") Duration importTimeout) {}

    /** @param allowedOrigins origins allowed to call the gateway from a browser page; none by default */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}
