package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a state change costs on the FX thread: 1,000 quick updates on a fourteen-step flow, each a
 * {@code setState} followed by the CSS and layout pass it causes, timed one by one; and the longest gap between
 * animation pulses meanwhile. Prints the figures; asserts only that the last states set are the ones shown.
 */
class WorkflowDiagramPulseTest {
    private static final int UPDATES = 1_000;
    private static final StepState[] CYCLE = {StepState.RUNNING, StepState.WAITING, StepState.PASSED,
            StepState.FAILED, StepState.SKIPPED, StepState.PENDING};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsWhatAStateChangeCostsOnTheFxThread() throws Exception {
        WorkflowGraph graph = SampleFlows.releaseWithFollowUp();
        List<String> ids = graph.steps().stream().map(Step::id).toList();
        Stage stage = FxToolkit.registerStage(Stage::new);
        long[] relayout = new long[1];
        WorkflowDiagram diagram = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            WorkflowDiagram shown = new WorkflowDiagram();
            stage.setScene(new Scene(new StackPane(shown), 1280, 480));
            stage.show();
            long start = System.nanoTime();
            shown.setGraph(graph);
            shown.applyCss();
            shown.layout();
            relayout[0] = System.nanoTime() - start;
            return shown;
        }).get();

        AtomicLong lastPulse = new AtomicLong();
        AtomicLong longestGap = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = lastPulse.getAndSet(now);
                if (previous != 0) {
                    longestGap.accumulateAndGet(now - previous, Math::max);
                }
            }
        };
        WaitForAsyncUtils.asyncFx(pulses::start).get();
        long[] nanos = new long[UPDATES];
        for (int i = 0; i < UPDATES; i++) {
            int update = i;
            nanos[i] = WaitForAsyncUtils.asyncFx(() -> {
                long start = System.nanoTime();
                diagram.setState(ids.get(update % ids.size()), CYCLE[update / ids.size() % CYCLE.length]);
                diagram.applyCss();
                diagram.layout();
                return System.nanoTime() - start;
            }).get();
        }
        WaitForAsyncUtils.asyncFx(pulses::stop).get();

        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("WorkflowDiagram, %d steps: setState + CSS + layout over %d updates: mean %.3f ms (last half"
                        + " %.3f ms), p50 %.3f ms, p99 %.3f ms, longest %.3f ms; longest gap between pulses %.1f ms; the"
                        + " first graph laid out and styled in %.1f ms%n", ids.size(), UPDATES,
                Arrays.stream(nanos).average().orElseThrow() / 1e6,
                Arrays.stream(nanos, UPDATES / 2, UPDATES).average().orElseThrow() / 1e6,
                sorted[UPDATES / 2] / 1e6, sorted[UPDATES * 99 / 100] / 1e6, sorted[UPDATES - 1] / 1e6,
                longestGap.get() / 1e6, relayout[0] / 1e6);

        int last = UPDATES - 1;
        String lastStep = ids.get(last % ids.size());
        assertThat(WaitForAsyncUtils.asyncFx(() -> diagram.getState(lastStep)).get())
                .isEqualTo(CYCLE[last / ids.size() % CYCLE.length]);
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }
}
