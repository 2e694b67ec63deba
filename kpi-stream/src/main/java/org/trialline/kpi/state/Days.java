package org.trialline.kpi.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.trialline.kpi.config.KpiProperties;

/** The centre's days: each begins at the reset time in the centre's time zone. */
@Component
public class Days {

    private final ZoneId zone;
    private final LocalTime startsAt;

    @Autowired
    public Days(KpiProperties properties) {
        this(properties.timeZone(), properties.dayStartsAt());
    }

    public Days(ZoneId zone, LocalTime startsAt) {
        this.zone = zone;
        this.startsAt = startsAt;
    }

    /** The day an instant counts in: a time before the reset belongs to the day before. */
    public LocalDate dayOf(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(startsAt) ? date.minusDays(1) : date;
    }

    /** When a day begins; on a day whose reset time a clock change skips, the first instant after it. */
    public Instant start(LocalDate day) {
        return ZonedDateTime.of(day, startsAt, zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
