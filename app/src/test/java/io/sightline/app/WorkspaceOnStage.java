package io.sightline.app;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.shell.Workspace;
import io.sightline.app.task.UiTaskExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace mounted alone in a TestFX stage, with the console's stylesheet and a real task executor, shown
 * as the shell shows it; and the waits its tests share.
 */
public final class WorkspaceOnStage<W extends Workspace> implements AutoCloseable {
    private final UiTaskExecutor tasks = new UiTaskExecutor();
    private final W workspace;

    public WorkspaceOnStage(Stage stage, Function<UiTaskExecutor, W> create) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = create.apply(tasks);
        Scene scene = new Scene((Parent) workspace.view(), 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        workspace.onShown();
    }

    public W workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
        tasks.close();
    }

    /** Waits (at most 20 s) until {@code condition} holds on the FX thread, then for pending FX events. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label {@code query} finds. */
    public static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Waits until at least {@code count} visible nodes match {@code query}. */
    public static void waitFor(FxRobot robot, String query, int count) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible).count() >= count);
    }
}
