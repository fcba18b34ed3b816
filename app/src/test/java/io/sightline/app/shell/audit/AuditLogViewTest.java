package io.sightline.app.shell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.fakes.ScriptedAudit;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditVerification;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Audit log page on a log of two changes: it lists them and says what checking the chain found. */
@ExtendWith(ApplicationExtension.class)
class AuditLogViewTest {
    private final ScriptedAudit audit = new ScriptedAudit();
    private final UiTaskExecutor tasks = new UiTaskExecutor();
    private AuditLogViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Instant now = Instant.now();
        audit.add(now.minusSeconds(120), "ana", "deploy", "fraud-live model fraud v2");
        audit.add(now.minusSeconds(60), "bo", "release.rollback", "fraud-live (errors)");
        audit.verification = AuditVerification.broken(1, 2, "its content was changed after it was written.");
        model = new AuditLogViewModel(tasks, InstantSource.system());
        model.attach(audit);
        stage.setScene(new Scene(new StackPane(new AuditLogView(model, () -> { }).root()), 1100, 600));
        stage.show();
        model.search();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void thePageListsTheEntriesAndSaysWhereTheChainBroke(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#" + AuditLogView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(AuditEntry::actor).containsExactly("bo", "ana");
        assertThat(robot.lookup("fraud-live model fraud v2").tryQuery()).isPresent();

        robot.clickOn("#" + AuditLogView.VERIFY_ID);
        Label finding = robot.lookup("#" + AuditLogView.VERIFICATION_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> finding.getText().contains("broken"));
        assertThat(finding.getText()).isEqualTo(
                "The audit log is broken at entry 2: its content was changed after it was written.");
    }
}
