package org.trialline.wfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayLayoutTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void ordinaryDayShouldHave96QuarterHours() {
        assertThat(DayLayout.starts(LocalDate.of(2026, 6, 10), MADRID, 15)).hasSize(96);
    }

    @Test
    void dayTheClocksGoForwardShouldHave92QuarterHours() {
        List<ZonedDateTime> starts = DayLayout.starts(LocalDate.of(2026, 3, 29), MADRID, 15);

        assertThat(starts).hasSize(92);
        // 01:45 is followed by 03:00: the hour from 02:00 does not exist
        assertThat(starts.get(8).toLocalTime()).hasToString("03:00");
        assertThat(DayLayout.starts(LocalDate.of(2026, 3, 8), NEW_YORK, 15)).hasSize(92);
    }

    @Test
    void dayTheClocksGoBackShouldHave100QuarterHours() {
        List<ZonedDateTime> starts = DayLayout.starts(LocalDate.of(2026, 10, 25), MADRID, 15);

        assertThat(starts).hasSize(100);
        // 02:00 to 02:45 twice, in summer time and then in winter time
        assertThat(starts.get(8).toOffsetDateTime()).hasToString("2026-10-25T02:00+02:00");
        assertThat(starts.get(12).toOffsetDateTime()).hasToString("2026-10-25T02:00+01:00");
        assertThat(DayLayout.starts(LocalDate.of(2026, 11, 1), NEW_YORK, 30)).hasSize(50);
    }
}
