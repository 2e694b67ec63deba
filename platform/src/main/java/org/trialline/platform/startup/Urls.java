package org.trialline.platform.startup;

import java.net.URI;

final class Urls {

    private Urls() {}

    /** Hides a password written into a connection URL, so that a start-up message never shows it. */
    static String withoutPassword(String url) {
        if (url == null || url.isBlank()) {
            return "(not set)";
        }
        return url.replaceAll("://([^:/@]+):[^@/]*@", "://$1:****@").replaceAll("(?i)([?&]password=)[^&]*", "$1****");
    }

    /**
     * The parts of an R2DBC PostgreSQL URL that a JDBC URL shares, so that Flyway migrates the very database the
     * service uses.
     */
    record Postgres(String shown, String host, int port, String database) {

        static Postgres parse(String r2dbcUrl) {
            String shown = withoutPassword(r2dbcUrl);
            if (r2dbcUrl == null) {
                return new Postgres(shown, "", 5432, "");
            }
            // r2dbc:postgresql://… or r2dbc:pool:postgresql://… ; the driver part is all URI needs to know
            int scheme = r2dbcUrl.indexOf("postgresql://");
            if (scheme < 0) {
                return new Postgres(shown, "", 5432, "");
            }
            URI uri;
            try {
                uri = URI.create(r2dbcUrl.substring(scheme));
            } catch (IllegalArgumentException malformed) {
                return new Postgres(shown, "", 5432, "");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new Postgres(
                    shown,
                    uri.getHost() == null ? "" : uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(),
                    path.startsWith("/") ? path.substring(1) : path);
        }

        String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
