package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.controls.ChartFrame;
import io.sightline.app.controls.Curve;
import io.sightline.app.controls.LiveLineChart;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.fakes.ScriptedFlows;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.StepState;
import io.sightline.engine.flow.FlowLibrary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.collections.MapChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whether the flow diagram keeps the FX thread smooth while a live chart streams: the MLOps workspace's Flows tab
 * shows flow 1 whose steps change state every 20 ms (through the workspace's own event path), beside a live chart
 * that takes a new 300-point frame on every pulse. Prints the longest gap between pulses, in wall time and in the
 * FX thread's own CPU time (what the thread did, whatever else the machine was doing), and the CSS + layout time
 * of pulses in which the diagram changed against those in which only the chart did; asserts only that the diagram
 * followed the flow. A benchmark: it never fails on a time.
 */
class FlowsTabPulseTest {
    private static final Duration RUN = Duration.ofSeconds(8);
    /** The FX thread's own CPU time: what it spent, whatever else the machine was doing. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final long STEP_EVERY_MILLIS = 20;
    private static final int POINTS = 300;
    private static final StepState[] CYCLE = {StepState.RUNNING, StepState.PASSED, StepState.WAITING_FOR_APPROVAL,
            StepState.FAILED, StepState.PENDING};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsTheLongestPulseGapAndTheDiagramsShareWhileAChartStreams() throws Exception {
        MlopsPlatform platform = new MlopsPlatform();
        ScriptedFlows flows = new ScriptedFlows(platform, FlowLibrary.read("flows/same-project.json"));
        String id = flows.startFlow(new FlowStart("same-project", new FlowSubject(MlopsRecords.MODEL, 3,
                MlopsRecords.DEPLOYMENT), Map.of()), "dana").id();
        List<String> stepIds = flows.flow(id).definition().steps().stream().map(FlowStep::id).toList();
        Stage stage = FxToolkit.registerStage(Stage::new);
        LiveLineChart chart = new LiveLineChart("streaming", "requests/s");

        Parent page = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MlopsWorkspace workspace = new MlopsWorkspace(ComposedPlatform.of(platform, platform.capacity, flows),
                    new UiTaskExecutor(), DataOrigin.SIMULATED, Duration.ofHours(1));
            Parent root = (Parent) workspace.view();
            VBox both = new VBox(root, chart.node());
            Scene scene = new Scene(both, 1280, 1000);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            workspace.onShown();
            TabPane tabs = (TabPane) root.lookup("#mlops-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
            return both;
        }).get();
        WorkflowDiagram diagram = WaitForAsyncUtils.asyncFx(() -> (WorkflowDiagram) page.lookup("#flow-diagram"))
                .get();
        // opening the tab (its controls skinned and laid out for the first time) is not what is measured
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> diagram.getSkin() != null && diagram.getWidth() > 0 && !diagram.getGraph().isEmpty())
                .get());
        WaitForAsyncUtils.waitForFxEvents();

        PulseLog log = new PulseLog();
        AtomicBoolean diagramChanged = new AtomicBoolean();
        MapChangeListener<String, io.sightline.app.controls.StepState> onState = change -> diagramChanged.set(true);
        AtomicLong layoutStart = new AtomicLong();
        AtomicLong layoutCpuStart = new AtomicLong();
        Runnable beforeLayout = () -> {
            layoutStart.set(System.nanoTime());
            layoutCpuStart.set(CPU.getCurrentThreadCpuTime());
        };
        Runnable afterLayout = () -> log.layout(System.nanoTime() - layoutStart.get(),
                CPU.getCurrentThreadCpuTime() - layoutCpuStart.get(), diagramChanged.getAndSet(false));
        AnimationTimer stream = new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                log.pulse(now, CPU.getCurrentThreadCpuTime());
                chart.show(frame(frame++));
            }
        };
        WaitForAsyncUtils.asyncFx(() -> {
            diagram.getStates().addListener(onState);
            page.getScene().addPreLayoutPulseListener(beforeLayout);
            page.getScene().addPostLayoutPulseListener(afterLayout);
            stream.start();
        }).get();

        AtomicInteger changes = new AtomicInteger();
        long end = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < end) {
            int n = changes.getAndIncrement();
            flows.step(id, stepIds.get(n % stepIds.size()), CYCLE[n / stepIds.size() % CYCLE.length]);
            Thread.sleep(STEP_EVERY_MILLIS);
        }
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the last paced reload reaches the diagram
        WaitForAsyncUtils.asyncFx(() -> {
            stream.stop();
            page.getScene().removePreLayoutPulseListener(beforeLayout);
            page.getScene().removePostLayoutPulseListener(afterLayout);
            diagram.getStates().removeListener(onState);
        }).get();

        System.out.printf("Flows tab beside a streaming chart, %d state changes in %d s: %s%n", changes.get(),
                RUN.toSeconds(), log);
        int last = changes.get() - 1;
        String lastStep = stepIds.get(last % stepIds.size());
        assertThat(log.diagramPulses()).as("pulses in which the diagram changed").isPositive();
        assertThat(WaitForAsyncUtils.asyncFx(() -> diagram.getState(lastStep)).get())
                .isEqualTo(FlowDiagrams.state(CYCLE[last / stepIds.size() % CYCLE.length]));
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    /** A frame of two curves of {@value #POINTS} points that move with {@code n}. */
    private static ChartFrame frame(int n) {
        double[] x = new double[POINTS];
        double[] a = new double[POINTS];
        double[] b = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = -60 + 60.0 * i / (POINTS - 1);
            a[i] = 50 + 40 * Math.sin((i + n) / 15.0);
            b[i] = 30 + 20 * Math.cos((i + 2 * n) / 9.0);
        }
        return ChartFrame.of(List.of(new Curve("champion", x, a), new Curve("challenger", x, b)), 60);
    }

    /** Pulse gaps and layout times, kept on the FX thread only. */
    private static final class PulseLog {
        private long lastPulse;
        private long longestGap;
        private long lastPulseCpu;
        private long longestGapCpu;
        private final long[] diagramLayouts = new long[100_000];
        private final long[] diagramCpu = new long[100_000];
        private final long[] chartLayouts = new long[100_000];
        private final long[] chartCpu = new long[100_000];
        private int diagram;
        private int chartOnly;

        void pulse(long now, long cpuNow) {
            if (lastPulse != 0) {
                longestGap = Math.max(longestGap, now - lastPulse);
                longestGapCpu = Math.max(longestGapCpu, cpuNow - lastPulseCpu);
            }
            lastPulse = now;
            lastPulseCpu = cpuNow;
        }

        synchronized void layout(long nanos, long cpuNanos, boolean diagramChanged) {
            if (diagramChanged && diagram < diagramLayouts.length) {
                diagramCpu[diagram] = cpuNanos;
                diagramLayouts[diagram++] = nanos;
            } else if (!diagramChanged && chartOnly < chartLayouts.length) {
                chartCpu[chartOnly] = cpuNanos;
                chartLayouts[chartOnly++] = nanos;
            }
        }

        synchronized int diagramPulses() {
            return diagram;
        }

        @Override
        public synchronized String toString() {
            return String.format("longest gap between pulses %.1f ms wall, %.1f ms of FX-thread CPU; CSS + layout of a pulse in which the diagram"
                    + " changed (%d pulses): %s wall, %s FX-thread CPU; of a pulse with only the chart (%d pulses):"
                    + " %s wall, %s FX-thread CPU", longestGap / 1e6, longestGapCpu / 1e6, diagram, figures(diagramLayouts, diagram),
                    figures(diagramCpu, diagram), chartOnly, figures(chartLayouts, chartOnly),
                    figures(chartCpu, chartOnly));
        }

        private static String figures(long[] nanos, int count) {
            if (count == 0) {
                return "none";
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return String.format("mean %.2f ms, p99 %.2f ms, longest %.2f ms",
                    Arrays.stream(sorted).average().orElseThrow() / 1e6, sorted[count * 99 / 100] / 1e6,
                    sorted[count - 1] / 1e6);
        }
    }
}
