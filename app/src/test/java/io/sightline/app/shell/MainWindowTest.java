package io.sightline.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.FakeRemotePlatform;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.controls.HealthDot;
import io.sightline.app.demo.DemoBadge;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.PlatformConnector;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.health.SystemHealthView;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FacetedPlatform;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformFacets;
import io.sightline.engine.api.PlatformInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell on screen: switching platforms, a switch that fails, a link that reconnects, the health page. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String PROD_URL = "https://prod.example.com";

    private Stage stage;
    private ShellScreen screen;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() throws TimeoutException {
        // hiding the window stops its refresh timer before the screen's task executor goes
        org.testfx.api.FxToolkit.hideStage();
        if (screen != null) {
            screen.close();
        }
    }

    /** The embedded engine as the shell sees it: where it keeps its data, and its scripted health. */
    private static final class Engine implements FacetedPlatform {
        private final Health health;
        volatile boolean closed;

        Engine(Health health) {
            this.health = health;
        }

        @Override
        public PlatformFacets facets() {
            return ComposedPlatform.facetsOf();
        }

        @Override
        public PlatformInfo info() {
            return new PlatformInfo("embedded", "/data/sightline", "0.1.0");
        }

        @Override
        public Health health() {
            return health;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Engine healthyEngine() {
        return new Engine(Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "answers in 90 µs"))));
    }

    private void open(FxRobot robot, Platform embedded, PlatformConnector remotes) {
        robot.interact(() -> screen = new ShellScreen(stage, embedded, remotes));
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node instanceof Label label ? label.getText() : ((Button) node).getText();
    }

    /** Opens the Platforms page and saves a remote profile through the form, as a user would. */
    private static void addProfile(FxRobot robot, String name, String url, String token) {
        robot.clickOn("#" + MainWindow.PLATFORM_BUTTON_ID);
        robot.clickOn("#" + PlatformsPage.ADD_ID);
        type(robot, PlatformsPage.NAME_ID, name);
        type(robot, PlatformsPage.URL_ID, url);
        type(robot, PlatformsPage.TOKEN_ID, token);
        robot.clickOn("#" + PlatformsPage.SAVE_ID);
    }

    /** Fills a field as typing would, without the robot's key-by-key pace. */
    private static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    @Test
    void switchingToARemoteMakesTheWorkspacesAnewOnItAndClosesTheEmbeddedEngine(FxRobot robot)
            throws TimeoutException {
        Engine embedded = healthyEngine();
        FakeRemotePlatform prod = new FakeRemotePlatform(PROD_URL);
        open(robot, embedded, profile -> prod);
        assertThat(text(robot, StatusBar.PLACE_ID)).isEqualTo("This computer");
        List<RecordingWorkspace> before = List.copyOf(screen.made);

        addProfile(robot, "Production", PROD_URL, "sl_token_1");
        assertThat(text(robot, PlatformsPage.FORM_MESSAGE_ID)).isEqualTo("Saved \"Production\".");
        assertThat(robot.lookup("#" + PlatformsPage.TOKEN_ID).query().isVisible()).as("a saved token is hidden").isFalse();
        robot.clickOn("#" + PlatformsPage.CONNECT_ID);

        ShellScreen.waitUntil(() -> "Production".equals(text(robot, StatusBar.PLACE_ID)));
        assertThat(screen.shell.sessionProperty().get().platform()).isSameAs(prod);
        assertThat(text(robot, "status-place")).isEqualTo("Production");
        assertThat(before).allSatisfy(w -> assertThat(w.closed).isTrue());
        ShellScreen.waitUntil(() -> embedded.closed);
        ShellScreen.waitUntil(() -> text(robot, StatusBar.LINK_ID).equals("good"));
        assertThat(text(robot, StatusBar.ROUND_TRIP_ID)).isEqualTo("40 ms");

        robot.clickOn("Back to the workspace");
        assertThat(text(robot, ShellScreen.WORKSPACE_LABEL_ID)).isEqualTo("Business analyst on " + PROD_URL);
        assertThat(screen.made).hasSize(4);
    }

    @Test
    void aFailedConnectionKeepsTheCurrentPlatformShowsWhyAndKeepsWhatWasTyped(FxRobot robot)
            throws TimeoutException {
        Engine embedded = healthyEngine();
        open(robot, embedded, profile -> {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Nothing answers at " + profile.url() + ".");
        });
        addProfile(robot, "Production", PROD_URL, "sl_token_1");
        robot.clickOn("#" + PlatformsPage.CONNECT_ID);

        ShellScreen.waitUntil(() -> !text(robot, PlatformsPage.SWITCH_MESSAGE_ID).startsWith("Connecting")
                && !text(robot, PlatformsPage.SWITCH_MESSAGE_ID).isEmpty());
        assertThat(text(robot, PlatformsPage.SWITCH_MESSAGE_ID)).isEqualTo("Could not connect to Production: Nothing"
                + " answers at " + PROD_URL + ". The console stays on This computer (embedded engine).");
        assertThat(text(robot, StatusBar.PROBLEM_ID)).isEqualTo(text(robot, PlatformsPage.SWITCH_MESSAGE_ID));
        assertThat(text(robot, StatusBar.PLACE_ID)).isEqualTo("This computer");
        assertThat(embedded.closed).isFalse();
        assertThat(screen.made).hasSize(2).noneMatch(w -> w.closed);

        robot.clickOn("#" + PlatformsPage.ADD_ID);
        type(robot, PlatformsPage.NAME_ID, "Lab");
        type(robot, PlatformsPage.URL_ID, "http://lab.local:7070");
        type(robot, PlatformsPage.TOKEN_ID, "sl_lab");
        robot.clickOn("#" + PlatformsPage.TEST_ID);
        ShellScreen.waitUntil(() -> text(robot, PlatformsPage.TEST_MESSAGE_ID).startsWith("Could not connect"));
        assertThat(text(robot, PlatformsPage.TEST_MESSAGE_ID))
                .isEqualTo("Could not connect to http://lab.local:7070: Nothing answers at http://lab.local:7070.");
        assertThat(robot.lookup("#" + PlatformsPage.NAME_ID).queryAs(TextInputControl.class).getText()).isEqualTo("Lab");
        assertThat(robot.lookup("#" + PlatformsPage.URL_ID).queryAs(TextInputControl.class).getText())
                .isEqualTo("http://lab.local:7070");
        assertThat(robot.lookup("#" + PlatformsPage.TOKEN_ID).queryAs(TextInputControl.class).getText())
                .isEqualTo("sl_lab");
    }

    @Test
    void theStatusBarSaysReconnectingWhileTheLinkDoesAndReturnsToConnectedAfter(FxRobot robot)
            throws TimeoutException {
        FakeRemotePlatform prod = new FakeRemotePlatform(PROD_URL);
        RemoteProfile profile = new RemoteProfile("Production", URI.create(PROD_URL), "sl_token_1");
        robot.interact(() -> screen = new ShellScreen(stage, profile, prod, MainWindowTest::healthyEngine, p -> prod));
        ShellScreen.waitUntil(() -> text(robot, StatusBar.LINK_ID).equals("good"));
        assertThat(text(robot, StatusBar.PLACE_ID)).isEqualTo("Production");

        Thread.ofPlatform().start(() -> prod.report(FakeRemotePlatform.reconnecting()));
        ShellScreen.waitUntil(() -> text(robot, StatusBar.LINK_ID).equals("Reconnecting…"));
        HealthDot linkDot = (HealthDot) robot.lookup("#" + StatusBar.LINK_ID).queryAs(Label.class).getGraphic();
        assertThat(linkDot.getStatus()).isEqualTo(HealthStatus.RED);

        Thread.ofPlatform().start(() -> prod.report(FakeRemotePlatform.connected(Duration.ofMillis(35))));
        ShellScreen.waitUntil(() -> text(robot, StatusBar.LINK_ID).equals("good"));
        assertThat(text(robot, StatusBar.ROUND_TRIP_ID)).isEqualTo("35 ms");
        assertThat(linkDot.getStatus()).isEqualTo(HealthStatus.GREEN);
    }

    @Test
    void theSystemHealthPageShowsEachComponentWithItsColourAndDetail(FxRobot robot) throws TimeoutException {
        Engine embedded = new Engine(Health.of(List.of(
                new ComponentHealth("database", HealthStatus.GREEN, "answers in 90 µs"),
                new ComponentHealth("event stream", HealthStatus.YELLOW, "1 listener(s); a listener is 12000 events behind"),
                new ComponentHealth("job queue", HealthStatus.RED, "stopped: the platform is closing"))));
        open(robot, embedded, profile -> {
            throw new AssertionError("no remote in this test");
        });
        ShellScreen.waitUntil(() -> text(robot, StatusBar.HEALTH_ID).startsWith("Unhealthy"));
        HealthDot engineDot = (HealthDot) robot.lookup("#" + StatusBar.HEALTH_ID).queryAs(Button.class).getGraphic();
        assertThat(engineDot.getStatus()).isEqualTo(HealthStatus.RED);
        assertThat(text(robot, StatusBar.HOST_ID)).isEqualTo("CPU 30 % · memory 50 % · disk 25 %");

        robot.clickOn("#" + StatusBar.HEALTH_ID);

        ShellScreen.waitUntil(() -> robot.lookup("#" + SystemHealthView.ID).tryQuery().map(Node::isVisible).orElse(false));
        assertDot(robot, "database", HealthStatus.GREEN, "OK");
        assertDot(robot, "event stream", HealthStatus.YELLOW, "Needs attention");
        assertDot(robot, "job queue", HealthStatus.RED, "Failing");
        assertThat(robot.lookup("1 listener(s); a listener is 12000 events behind").tryQuery()).isPresent();
        assertThat(robot.lookup("Memory 8.0 GB of 16.0 GB (50 %)").tryQuery()).isPresent();

        robot.clickOn("Back to the workspace");
        assertThat(text(robot, ShellScreen.WORKSPACE_LABEL_ID)).isEqualTo("Business analyst on /data/sightline");
    }

    private static void assertDot(FxRobot robot, String component, HealthStatus status, String word) {
        HealthDot dot = robot.lookup("#" + SystemHealthView.componentId(component)).queryAs(HealthDot.class);
        assertThat(dot.getStatus()).isEqualTo(status);
        assertThat(dot.getPseudoClassStates()).contains(HealthDot.pseudoClass(status));
        assertThat(text(robot, SystemHealthView.componentId(component) + "-word")).isEqualTo(word);
    }

    /** The demo's status after a long run at its top speed. */
    private static final String LONG_RUN = "1,234,567 scored · 100×";

    /** The shell with the console's five workspaces and the demo's badge, {@code width} pixels wide. */
    private void openDemoHeader(FxRobot robot, double width) {
        Platform engine = healthyEngine();
        ShellExtras demo = new ShellExtras(List.of(), List.of(DemoBadge.create(new SimpleStringProperty(LONG_RUN))));
        robot.interact(() -> {
            List<Persona> personas = List.of(Persona.ANALYST, Persona.DATA_SCIENTIST, Persona.MLOPS_ENGINEER,
                    Persona.RISK_OPERATIONS, Persona.EXECUTIVE);
            screen = new ShellScreen(stage, EmbeddedEngine.INSTANCE, engine, () -> engine, profile -> engine,
                    personas, demo);
            stage.setWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text the skin draws: the label's own, or shortened with an ellipsis when it has too little room. */
    private static String shown(Labeled labeled) {
        return labeled.lookup(".text") instanceof Text drawn ? drawn.getText() : "";
    }

    private static List<Labeled> headerLabels(FxRobot robot) {
        return robot.from(robot.lookup(".shell-header").queryAll()).lookup((Node node) -> node instanceof Labeled)
                .queryAllAs(Labeled.class).stream().filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
    }

    @Test
    void atTwelveHundredAndEightyPixelsNothingInTheHeaderIsCutShort(FxRobot robot) {
        openDemoHeader(robot, 1280);

        List<Labeled> labels = headerLabels(robot);
        assertThat(labels).extracting(Labeled::getText)
                .contains("Sightline", DemoBadge.TEXT, LONG_RUN, EmbeddedEngine.INSTANCE.shortTitle())
                .contains(Persona.ANALYST.shortTitle(), Persona.MLOPS_ENGINEER.shortTitle(), Persona.EXECUTIVE.shortTitle());
        for (Labeled label : labels) {
            assertThat(shown(label)).as(label.getText()).isEqualTo(label.getText());
        }
    }

    @Test
    void onANarrowerWindowTheDemosStatusGivesWayFirst(FxRobot robot) {
        openDemoHeader(robot, 1000);

        Labeled status = robot.lookup("#" + DemoBadge.STATUS_ID).queryAs(Labeled.class);
        assertThat(shown(status)).isNotEqualTo(LONG_RUN);
        for (Labeled label : headerLabels(robot)) {
            if (label != status) {
                assertThat(shown(label)).as(label.getText()).isEqualTo(label.getText());
            }
        }
    }
}
