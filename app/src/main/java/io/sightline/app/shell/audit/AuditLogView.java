package io.sightline.app.shell.audit;

import atlantafx.base.theme.Styles;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.icons.AppIcon;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditExport;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Audit log page: filters (who, action, subject, period), the entries as a table, "Verify chain" with its
 * finding in plain words, and export to CSV or JSON through a file chooser.
 */
public final class AuditLogView {
    public static final String ID = "audit-log";
    public static final String TABLE_ID = "audit-entries";
    public static final String VERIFY_ID = "audit-verify";
    public static final String VERIFICATION_ID = "audit-verification";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AuditLogViewModel viewModel;
    private final VBox root;

    /** {@code back} returns to the workspace the user came from. */
    public AuditLogView(AuditLogViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<AuditEntry> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(14, ViewParts.pageHeading("Audit log", back), filters(), verification(), table, status);
        root.setPadding(new Insets(20, 24, 24, 24));
        root.setId(ID);
        root.getStyleClass().add("audit-log");
    }

    public Node root() {
        return root;
    }

    private HBox filters() {
        TextField actor = field("Who", viewModel.actorProperty().get());
        actor.textProperty().bindBidirectional(viewModel.actorProperty());
        TextField action = field("Action, e.g. deploy", viewModel.actionProperty().get());
        action.textProperty().bindBidirectional(viewModel.actionProperty());
        TextField subject = field("Subject contains", viewModel.subjectProperty().get());
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        ComboBox<AuditPeriod> period = new ComboBox<>(FXCollections.observableArrayList(AuditPeriod.values()));
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        Button search = new Button("Show");
        search.setDefaultButton(true);
        search.setOnAction(e -> viewModel.search());
        for (TextField field : new TextField[] {actor, action, subject}) {
            field.setOnAction(e -> viewModel.search());
        }
        HBox.setHgrow(subject, Priority.ALWAYS);
        HBox row = new HBox(8, actor, action, subject, period, search);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField field(String prompt, String text) {
        TextField field = new TextField(text);
        field.setPromptText(prompt);
        return field;
    }

    private HBox verification() {
        Button verify = new Button("Verify chain", AppIcon.VERIFY.node());
        verify.setId(VERIFY_ID);
        verify.setOnAction(e -> viewModel.verify());
        verify.disableProperty().bind(viewModel.busyProperty());
        Label finding = new Label();
        finding.setId(VERIFICATION_ID);
        finding.setWrapText(true);
        finding.textProperty().bind(viewModel.verificationProperty());
        viewModel.intactProperty().addListener((obs, old, intact) -> {
            finding.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (intact != null) {
                finding.getStyleClass().add(intact ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox.setHgrow(finding, Priority.ALWAYS);
        finding.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, verify, finding, exportButton(AuditExport.Format.CSV),
                exportButton(AuditExport.Format.JSON));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button exportButton(AuditExport.Format format) {
        String name = format.name();
        Button export = new Button("Export " + name, AppIcon.EXPORT.node());
        export.disableProperty().bind(viewModel.busyProperty());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the audit log as " + name);
            chooser.setInitialFileName("audit-log" + format.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(name + " files", "*" + format.extension()));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                viewModel.export(file.toPath(), format);
            }
        });
        return export;
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label("No changes to show: choose filters and press Show."));
        table.getColumns().addAll(List.of(
                wide(60, new TextColumn<>("#", entry -> Long.toString(entry.sequence()),
                        Comparator.comparingLong(AuditEntry::sequence))),
                wide(150, new TextColumn<>("When", entry -> TIME.format(entry.at()),
                        Comparator.comparing(AuditEntry::at))),
                wide(110, new TextColumn<>("Who", AuditEntry::actor)),
                wide(110, new TextColumn<>("From", AuditEntry::origin)),
                wide(140, new TextColumn<>("Action", AuditEntry::action)),
                wide(260, new TextColumn<>("Subject", AuditEntry::subject)),
                wide(200, new TextColumn<>("Before", AuditEntry::before)),
                wide(200, new TextColumn<>("After", AuditEntry::after))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TextColumn<AuditEntry> wide(double width, TextColumn<AuditEntry> column) {
        column.setPrefWidth(width);
        return column;
    }
}
