package io.sightline.app.workspace.scientist;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.engine.api.Platform;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace mounted in a window for TestFX tests, and the waits and clicks those tests share. */
final class WorkspaceScreen implements AutoCloseable {
    private final UiTaskExecutor tasks = new UiTaskExecutor();
    private final ScientistWorkspace workspace;

    WorkspaceScreen(javafx.stage.Stage stage, Platform platform) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new ScientistWorkspace(platform, tasks);
        stage.setScene(new Scene((javafx.scene.Parent) workspace.view(), 1200, 760));
        stage.show();
        workspace.onShown();
    }

    ScientistWorkspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
        tasks.close();
    }

    static void waitUntil(FxRobot robot, String query, int atLeast) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(query).queryAll().stream().filter(Node::isVisible).count() >= atLeast);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void clickFirstRow(FxRobot robot, String table) throws TimeoutException {
        waitUntil(robot, table + " .table-row-cell .table-cell", 1);
        TableRow<?> first = robot.lookup(table + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
