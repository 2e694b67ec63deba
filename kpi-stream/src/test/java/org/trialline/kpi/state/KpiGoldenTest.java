package org.trialline.kpi.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.view.Figures;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Snapshot;
import org.trialline.kpi.view.Snapshots;

/** The hand-computed morning of {@link GoldenDay}, applied to the state in the real Redis. */
class KpiGoldenTest extends KpiRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    KpiStore store;

    @Autowired
    Snapshots snapshots;

    private void applyAll(List<QueueEvent> events) {
        for (QueueEvent event : events) {
            store.apply(event).block(WAIT);
        }
    }

    private Snapshot read(Group group) {
        directory.forget();
        return snapshots.read(group).block(WAIT);
    }

    @Test
    void eventsInOrderShouldGiveTheHandComputedFigures() {
        applyAll(GoldenDay.events());

        GoldenDay.assertQueueGold(read(Group.queue(GoldenDay.GOLD)));
        GoldenDay.assertTrialHeart2(read(Group.trial("HEART-2")));
    }

    @Test
    void theLanguageGroupShouldHoldItsQueueAloneAndTheCentreBoth() {
        applyAll(GoldenDay.events());

        Snapshot spanish = read(Group.language("es"));
        Snapshot centre = read(Group.ALL);

        assertThat(spanish.queues()).containsExactly(GoldenDay.GOLD);
        assertThat(spanish.windows().get("today").offered()).isEqualTo(9);
        assertThat(centre.windows().get("today").offered()).isEqualTo(10);
        // a3 answered c0 but never reported a state: on no board
        assertThat(centre.agents()).extracting(Snapshot.AgentView::id).containsExactly("a1", "a2");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void shuffledAndDuplicatedEventsShouldGiveTheSameFigures(long seed) {
        List<QueueEvent> events = new ArrayList<>(GoldenDay.events());
        Random random = new Random(seed);
        // every event a second time, a third of them a third time, all in a random order
        List<QueueEvent> delivered = new ArrayList<>(events);
        delivered.addAll(events);
        events.stream().filter(event -> random.nextInt(3) == 0).forEach(delivered::add);
        Collections.shuffle(delivered, random);

        applyAll(delivered);

        GoldenDay.assertQueueGold(read(Group.queue(GoldenDay.GOLD)));
        GoldenDay.assertTrialHeart2(read(Group.trial("HEART-2")));
    }

    @Test
    void aDuplicateShouldBeReportedAsSuch() {
        QueueEvent first = GoldenDay.events().get(0);

        assertThat(store.apply(first).block(WAIT)).isEqualTo(KpiStore.Outcome.APPLIED);
        assertThat(store.apply(first).block(WAIT)).isEqualTo(KpiStore.Outcome.DUPLICATE);
    }

    @Test
    void aGroupNoQueueBelongsToShouldBeRefused() {
        applyAll(GoldenDay.events());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(Group.trial("LUNG-9")))
                .hasMessageContaining("trial:LUNG-9");
    }

    @Test
    void anEmptyCentreShouldShowNoRatioRatherThanZero() {
        Snapshot empty = read(Group.ALL);

        Figures today = empty.windows().get("today");
        assertThat(today.offered()).isZero();
        assertThat(today.serviceLevel()).isNull();
        assertThat(today.abandonmentRate()).isNull();
        assertThat(today.asaSeconds()).isNull();
        assertThat(empty.waiting()).isZero();
        assertThat(empty.oldestWaitSeconds()).isNull();
    }
}
