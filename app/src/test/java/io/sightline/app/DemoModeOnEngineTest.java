package io.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.demo.DemoBadge;
import io.sightline.app.demo.DemoMenu;
import io.sightline.app.demo.DemoMode;
import io.sightline.app.demo.DemoOptions;
import io.sightline.app.demo.DemoPreferences;
import io.sightline.app.demo.SimulatedTag;
import io.sightline.app.demo.SimulatedWorkspace;
import io.sightline.app.shell.Persona;
import io.sightline.simulator.SimulatorPhase;
import io.sightline.simulator.SimulatorSnapshot;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo in the real console window on real embedded engines (a small history, a one-second training
 * budget): it starts by itself on an empty configuration, scores, pauses, takes scenario events, resets and
 * is left for the user's own engine. Waits are generous; nothing is timed.
 */
@ExtendWith(ApplicationExtension.class)
class DemoModeOnEngineTest {
    private static final long PATIENCE_SECONDS = 300;
    private static final DemoOptions TINY = new DemoOptions(Optional.empty(), Optional.empty(), Duration.ofSeconds(1),
            1_000);

    @TempDir
    Path dir;

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final String preferencesNode = "io/sightline/test/demo-" + UUID.randomUUID();
    private Stage stage;
    private ConsoleRestarts session;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @AfterEach
    void close() throws Exception {
        // hide first: the window remembers its placement in the preferences node removed below
        WaitForAsyncUtils.asyncFx(stage::hide).get(30, TimeUnit.SECONDS);
        if (session != null) {
            WaitForAsyncUtils.asyncFx(session::close).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        ConsoleComposition.preferencesNode(options(TINY)).removeNode();
        assertThat(failures).isEmpty();
    }

    private LaunchOptions options(DemoOptions demo) {
        return new LaunchOptions(Optional.empty(), Duration.ofSeconds(5), preferencesNode, Optional.empty(), demo);
    }

    private Path userData() {
        return dir.resolve("sightline");
    }

    private ConsoleComposition launch(LaunchOptions options) throws Exception {
        session = new ConsoleRestarts(options, userData(), javafx.application.Platform::runLater,
                composition -> composition.mainWindow().show(stage), failures::add);
        ConsoleComposition composition = session.open();
        WaitForAsyncUtils.asyncFx(() -> composition.mainWindow().show(stage)).get(30, TimeUnit.SECONDS);
        return composition;
    }

    @Test
    void aFirstLaunchWithNothingConfiguredRunsTheDemoOnItsOwnEngine(FxRobot robot) throws Exception {
        ConsoleComposition console = launch(options(TINY));

        DemoMode demo = console.demo().orElseThrow();
        awaitScored(demo, 100);
        waitFor(() -> label(robot, "#" + DemoBadge.STATUS_ID).matches("[\\d,]+ scored · 10×.*"));
        Label badge = robot.lookup("#" + DemoBadge.BADGE_ID).queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo(DemoBadge.TEXT);
        assertThat(badge.isVisible()).isTrue();

        assertThat(console.platform().info().location()).isEqualTo(dir.resolve("sightline-demo/engine").toString());
        waitFor(() -> !console.platform().recentPredictions("seller-risk", 10).isEmpty());
        assertThat(userData()).doesNotExist();

        robot.interact(() -> console.shell().select(Persona.DATA_SCIENTIST));
        Node banner = robot.lookup("#" + SimulatedWorkspace.BANNER_ID).query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.from(banner).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(SimulatedTag.TEXT);
    }

    @Test
    void pausingStopsScoringAndTheMenuReachesTheSimulator(FxRobot robot) throws Exception {
        ConsoleComposition console = launch(options(TINY));
        DemoMode demo = console.demo().orElseThrow();
        awaitScored(demo, 50);

        robot.interact(() -> demoItem(robot, DemoMenu.PAUSE_ID).fire());
        // Once paused no call to the platform starts, so the calls in flight only go down: at none, scoring has
        // stopped. (The queue is no sign: paused callers leave it as it is, so it need not ever empty.)
        waitFor(() -> demo.simulator().snapshot().paused() && demo.simulator().snapshot().figures().inFlight() == 0);
        long scored = demo.simulator().snapshot().figures().scored();
        Thread.sleep(500);
        assertThat(demo.simulator().snapshot().figures().scored()).isEqualTo(scored);
        waitFor(() -> label(robot, "#" + DemoBadge.STATUS_ID).contains("paused"));

        robot.interact(() -> demoItem(robot, DemoMenu.triggerId(ScenarioKind.SEASONAL_PEAK)).fire());
        robot.interact(() -> demoItem(robot, DemoMenu.speedId(100)).fire());
        SimulatorSnapshot snapshot = demo.simulator().snapshot();
        assertThat(snapshot.activeEvents()).containsExactly(ScenarioKind.SEASONAL_PEAK);
        assertThat(snapshot.speed()).isEqualTo(100);

        robot.interact(() -> demoItem(robot, DemoMenu.PAUSE_ID).fire());
        awaitScored(demo, scored + 50);
        waitFor(() -> label(robot, "#" + DemoBadge.STATUS_ID).contains("100× · Seasonal peak"));
    }

    @Test
    void resetWipesTheDemosDataAndStartsItAgain(FxRobot robot) throws Exception {
        ConsoleComposition first = launch(options(TINY));
        DemoMode demo = first.demo().orElseThrow();
        awaitScored(demo, 20);
        String firstDataset = first.platform().datasets().get(0).id();
        Path leftover = Files.writeString(dir.resolve("sightline-demo/engine/leftover.txt"), "from the first run");

        robot.interact(() -> demoItem(robot, DemoMenu.RESET_ID).fire());
        waitFor(() -> session.current() != first);
        ConsoleComposition second = session.current();

        assertThat(leftover).doesNotExist();
        awaitScored(second.demo().orElseThrow(), 20);
        assertThat(second.platform().datasets()).hasSize(1).noneMatch(d -> d.id().equals(firstDataset));
        assertThat(second.platform().trainingJobs()).hasSize(1);
        waitFor(() -> robot.lookup("#" + DemoBadge.BADGE_ID).tryQuery().isPresent());
    }

    @Test
    void leavingOpensTheUsersOwnEngineForThisAndLaterLaunches(FxRobot robot) throws Exception {
        ConsoleComposition demoConsole = launch(options(TINY));
        awaitScored(demoConsole.demo().orElseThrow(), 20);

        robot.interact(() -> demoItem(robot, DemoMenu.LEAVE_ID).fire());
        waitFor(() -> session.current() != demoConsole);
        ConsoleComposition own = session.current();

        assertThat(own.demo()).isEmpty();
        assertThat(own.platform().info().location()).isEqualTo(userData().toString());
        assertThat(new DemoPreferences(ConsoleComposition.preferencesNode(options(TINY))).left()).isTrue();
        waitFor(() -> robot.lookup("#" + DemoBadge.BADGE_ID).tryQuery().isEmpty());
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).doesNotContain("Demo");
    }

    @Test
    void noDemoKeepsItOffEvenWithNothingConfigured(FxRobot robot) throws Exception {
        LaunchOptions parsed = LaunchOptions.parse(List.of("--no-demo"));
        ConsoleComposition console = launch(options(TINY).withDemo(parsed.demo().forced().map(TINY::forced).orElseThrow()));

        assertThat(console.demo()).isEmpty();
        assertThat(console.platform().info().location()).isEqualTo(userData().toString());
        assertThat(dir.resolve("sightline-demo")).doesNotExist();
        assertThat(robot.lookup("#" + DemoBadge.BADGE_ID).tryQuery()).isEmpty();
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).doesNotContain("Demo");
    }

    private static void awaitScored(DemoMode demo, long atLeast) throws TimeoutException {
        waitFor(() -> {
            SimulatorSnapshot snapshot = demo.simulator().snapshot();
            assertThat(snapshot.phase()).as(snapshot.message()).isNotEqualTo(SimulatorPhase.FAILED);
            return snapshot.figures().scored() >= atLeast;
        });
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private static MenuItem demoItem(FxRobot robot, String id) {
        return menuBar(robot).getMenus().stream().filter(m -> DemoMenu.ID.equals(m.getId()))
                .flatMap(DemoModeOnEngineTest::items).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(menu), menu.getItems().stream().flatMap(DemoModeOnEngineTest::items))
                : Stream.of(item);
    }

}
