package io.sightline.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadPacerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Runnable> reloadsInFlight = new ArrayList<>();
    private int reloadsStarted;
    private final ReloadPacer pacer = new ReloadPacer(done -> {
        reloadsStarted++;
        reloadsInFlight.add(done);
    }, scheduler, scheduler.now::get, 500);

    private void finishReload() {
        reloadsInFlight.remove(0).run();
    }

    @Test
    void aBurstOfRequestsBecomesOneReload() {
        for (int i = 0; i < 100; i++) {
            pacer.request();
        }

        assertThat(scheduler.pending).hasSize(1);
        scheduler.runPending();
        assertThat(reloadsStarted).isEqualTo(1);
    }

    @Test
    void requestsDuringAReloadCauseExactlyOneMoreAfterIt() {
        pacer.request();
        scheduler.runPending();

        for (int i = 0; i < 50; i++) {
            pacer.request();
        }
        assertThat(scheduler.pending).as("nothing starts while a reload is in flight").isEmpty();

        finishReload();
        scheduler.runPending();
        assertThat(reloadsStarted).isEqualTo(2);
        finishReload();
        assertThat(scheduler.pending).isEmpty();
    }

    @Test
    void reloadsStartAtLeastTheIntervalApart() {
        pacer.request();
        assertThat(scheduler.delays).containsExactly(0L);
        scheduler.runPending();
        scheduler.now.addAndGet(120);
        finishReload();

        pacer.request();

        assertThat(scheduler.delays).containsExactly(0L, 380L);
    }

    @Test
    void aRequestLongAfterTheLastReloadStartsAtOnce() {
        pacer.request();
        scheduler.runPending();
        finishReload();
        scheduler.now.addAndGet(5_000);

        pacer.request();

        assertThat(scheduler.delays).containsExactly(0L, 0L);
    }
}
