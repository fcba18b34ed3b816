package io.sightline.app.shell;

import atlantafx.base.theme.Styles;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.icons.AppIcon;
import io.sightline.app.shell.connect.ConnectionManagerViewModel;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.shell.connect.RemoteProfile;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The connection manager: the platforms on the left (this computer first, then the saved remotes), the
 * selected one's form on the right with Test connection, Save and Connect. The form never shows a saved
 * token; it offers to replace it.
 */
final class PlatformsPage {
    static final String ID = "platforms-page";
    static final String LIST_ID = "platform-list";
    static final String ADD_ID = "platform-add";
    static final String REMOVE_ID = "platform-remove";
    static final String CONNECT_ID = "platform-connect";
    static final String NAME_ID = "profile-name";
    static final String URL_ID = "profile-url";
    static final String TOKEN_ID = "profile-token";
    static final String REPLACE_TOKEN_ID = "profile-replace-token";
    static final String TEST_ID = "profile-test";
    static final String SAVE_ID = "profile-save";
    static final String FORM_MESSAGE_ID = "profile-message";
    static final String TEST_MESSAGE_ID = "test-message";
    static final String SWITCH_MESSAGE_ID = "switch-message";

    private final ShellViewModel shell;
    private final ConnectionManagerViewModel platforms;
    private final ListView<PlatformTarget> list = new ListView<>();
    private final VBox root;
    private boolean syncingSelection;

    PlatformsPage(ShellViewModel shell, ConnectionManagerViewModel platforms) {
        this.shell = shell;
        this.platforms = platforms;
        HBox heading = ViewParts.pageHeading("Platforms", () -> shell.showPage(ShellPage.WORKSPACE));

        Label connected = new Label();
        connected.textProperty().bind(shell.sessionProperty().map(s -> "Connected to " + s.target().title()));
        connected.setGraphic(AppIcon.CONNECTED.node());
        Label switchMessage = message(SWITCH_MESSAGE_ID, shell.noticeProperty(),
                () -> shell.problemProperty().get().isEmpty() ? null : Styles.DANGER, shell.problemProperty());

        HBox body = new HBox(20, listPane(), formPane());
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(14, heading, connected, switchMessage, body);
        root.setId(ID);
        root.setPadding(new Insets(20, 24, 24, 24));
        root.getStyleClass().add("platforms-page");
    }

    private VBox listPane() {
        list.setId(LIST_ID);
        list.setItems(platforms.targets());
        list.setCellFactory(view -> new TargetCell());
        list.setPrefWidth(320);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) {
                platforms.select(now);
            }
        });
        platforms.selectedProperty().addListener((obs, old, now) -> showSelection(now));
        shell.sessionProperty().addListener((obs, old, now) -> list.refresh()); // move the connected mark
        showSelection(platforms.selectedProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button("Add a platform", AppIcon.ADD.node());
        add.setId(ADD_ID);
        add.setOnAction(e -> platforms.newProfile());
        Button remove = new Button("Remove", AppIcon.REMOVE.node());
        remove.setId(REMOVE_ID);
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(platforms.editingProperty().isNull());
        remove.setOnAction(e -> platforms.remove(platforms.editingProperty().get()));
        return new VBox(10, list, new HBox(8, add, remove));
    }

    private void showSelection(PlatformTarget target) {
        syncingSelection = true;
        try {
            if (target == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(target);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private VBox formPane() {
        Label embedded = new Label("The engine inside this program: datasets, runs and models are kept in the"
                + " data folder on this computer. Nothing to set up.");
        embedded.setWrapText(true);
        BooleanBinding embeddedShown = Bindings.createBooleanBinding(
                () -> platforms.selectedProperty().get() != null
                        && !(platforms.selectedProperty().get() instanceof RemoteProfile),
                platforms.selectedProperty());
        embedded.visibleProperty().bind(embeddedShown);
        embedded.managedProperty().bind(embeddedShown);

        GridPane form = remoteForm();
        form.visibleProperty().bind(embeddedShown.not());
        form.managedProperty().bind(embeddedShown.not());

        Label formMessage = message(FORM_MESSAGE_ID, platforms.formMessageProperty(),
                () -> platforms.formFailedProperty().get() ? Styles.DANGER : Styles.SUCCESS,
                platforms.formFailedProperty());
        Label testMessage = message(TEST_MESSAGE_ID, platforms.testMessageProperty(),
                () -> platforms.testingProperty().get() ? null
                        : platforms.testPassedProperty().get() ? Styles.SUCCESS : Styles.DANGER,
                platforms.testingProperty(), platforms.testPassedProperty());

        VBox pane = new VBox(14, embedded, form, buttons(embeddedShown), formMessage, testMessage);
        pane.setMaxWidth(560);
        HBox.setHgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private GridPane remoteForm() {
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText("Production");
        name.textProperty().bindBidirectional(platforms.nameProperty());
        TextField url = new TextField();
        url.setId(URL_ID);
        url.setPromptText("https://sightline.example.com");
        url.textProperty().bindBidirectional(platforms.urlProperty());
        PasswordField token = new PasswordField();
        token.setId(TOKEN_ID);
        token.setPromptText("the access token the platform issued to you");
        token.textProperty().bindBidirectional(platforms.tokenProperty());
        token.visibleProperty().bind(platforms.tokenKeptProperty().not());
        token.managedProperty().bind(token.visibleProperty());

        Label kept = new Label("•••••••• saved, hidden");
        kept.getStyleClass().add(Styles.TEXT_MUTED);
        Button replace = new Button("Replace token");
        replace.setId(REPLACE_TOKEN_ID);
        replace.setOnAction(e -> platforms.replaceToken());
        HBox keptRow = new HBox(10, kept, replace);
        keptRow.setAlignment(Pos.CENTER_LEFT);
        keptRow.visibleProperty().bind(platforms.tokenKeptProperty());
        keptRow.managedProperty().bind(keptRow.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Address"), url);
        form.addRow(2, new Label("Access token"), new VBox(token, keptRow));
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(url, Priority.ALWAYS);
        return form;
    }

    private HBox buttons(BooleanBinding embeddedShown) {
        Button test = new Button("Test connection", AppIcon.TEST_CONNECTION.node());
        test.setId(TEST_ID);
        test.disableProperty().bind(platforms.testingProperty());
        test.visibleProperty().bind(embeddedShown.not());
        test.managedProperty().bind(test.visibleProperty());
        test.setOnAction(e -> platforms.testConnection());
        Button save = new Button("Save", AppIcon.SAVE.node());
        save.setId(SAVE_ID);
        save.visibleProperty().bind(embeddedShown.not());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> platforms.save());
        Button connect = new Button("Connect", AppIcon.CONNECT.node());
        connect.setId(CONNECT_ID);
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(Bindings.createBooleanBinding(
                () -> platforms.selectedProperty().get() == null || shell.switchingProperty().get()
                        || platforms.selectedProperty().get().equals(shell.sessionProperty().get().target()),
                platforms.selectedProperty(), shell.switchingProperty(), shell.sessionProperty()));
        connect.setOnAction(e -> shell.switchTo(platforms.selectedProperty().get()));
        return new HBox(10, test, save, connect);
    }

    /** A label for an outcome, coloured by {@code style} (success, danger, or none while under way). */
    private static Label message(String id, ObservableValue<String> text, Supplier<String> style,
                                 Observable... styleInputs) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        InvalidationListener restyle = o -> {
            label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            String now = style.get();
            if (now != null) {
                label.getStyleClass().add(now);
            }
        };
        text.addListener(restyle);
        for (Observable input : styleInputs) {
            input.addListener(restyle);
        }
        restyle.invalidated(text);
        return label;
    }

    /** A platform in the list: its name, its address for a remote, and a mark on the connected one. */
    private final class TargetCell extends ListCell<PlatformTarget> {
        @Override
        protected void updateItem(PlatformTarget target, boolean empty) {
            super.updateItem(target, empty);
            if (empty || target == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(target.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = new Label(target instanceof RemoteProfile profile ? profile.url().toString()
                    : "keeps its data on this computer");
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            Node mark = target.equals(shell.sessionProperty().get().target()) ? AppIcon.CONNECTED.node()
                    : (target instanceof RemoteProfile ? AppIcon.REMOTE.node() : AppIcon.DATABASE.node());
            HBox row = new HBox(8, mark, new VBox(2, name, detail));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    Node root() {
        return root;
    }
}
