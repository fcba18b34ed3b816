package io.sightline.app.workspace.analyst;

import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Step 1's screen: the drop zone, the preview with a type picker per column, the target and the findings. */
final class UploadStepView {
    static final String DROP_ZONE_ID = "drop-zone";
    static final String PREVIEW_ID = "preview-table";
    static final String TARGET_ID = "target-choice";
    static final String NEXT_ID = "go-to-training";
    private static final double EMPTY_ZONE_HEIGHT = 300;
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

    private final UploadViewModel viewModel;
    private final BorderPane page;

    UploadStepView(UploadViewModel viewModel, Runnable proceed) {
        this.viewModel = viewModel;
        Button next = StepPage.primary("Next: train", AppIcon.NEXT, proceed);
        next.setId(NEXT_ID);
        next.disableProperty().bind(viewModel.trainableProperty().not());

        VBox loaded = new VBox(12, targetRow(), findings(), preview());
        VBox.setVgrow(loaded.getChildren().get(2), Priority.ALWAYS);
        StepPage.showWhen(loaded, viewModel.datasetProperty().isNotNull());
        VBox body = new VBox(14, dropZone(), StepPage.error(viewModel.errorProperty()), loaded);
        VBox.setVgrow(loaded, Priority.ALWAYS);
        page = StepPage.page("1 · Upload your data",
                "A CSV file with a header line: one row per case, one column per fact. The column to predict"
                        + " can be any of them.", body, next);
    }

    BorderPane node() {
        return page;
    }

    private VBox dropZone() {
        Label icon = new Label(null, AppIcon.UPLOAD.node());
        icon.getStyleClass().add("drop-icon");
        StepPage.showWhen(icon, viewModel.datasetProperty().isNull()); // once a file is in, the zone gets small
        Label prompt = new Label();
        prompt.textProperty().bind(Bindings.when(viewModel.datasetProperty().isNull())
                .then("Drop a CSV file here").otherwise("Drop another CSV file here"));
        prompt.getStyleClass().add(Styles.TITLE_4);
        Button choose = StepPage.secondary("Choose a file…", AppIcon.OPEN_FILE,
                () -> chooseFile(page.getScene() == null ? null : page.getScene().getWindow()));
        choose.disableProperty().bind(viewModel.importingProperty());
        Label loadedFile = StepPage.sentence(viewModel.summaryProperty(), Styles.TEXT_BOLD);
        loadedFile.setGraphic(AppIcon.DONE.node());
        Label working = StepPage.sentence(Bindings.when(viewModel.importingProperty())
                .then("Reading the file…").otherwise(""), Styles.TEXT_MUTED);
        HBox line = new HBox(12, prompt, new Label("or"), choose, StepPage.busy(viewModel.importingProperty()), working);
        line.setAlignment(Pos.CENTER);
        Hyperlink sample = new Hyperlink("No file at hand? Try the sample: " + SampleDataset.TITLE);
        sample.setId("try-sample");
        sample.setOnAction(e -> viewModel.trySample());
        sample.disableProperty().bind(viewModel.importingProperty());
        StepPage.showWhen(sample, viewModel.datasetProperty().isNull());
        VBox zone = new VBox(8, icon, line, sample, loadedFile);
        zone.setId(DROP_ZONE_ID);
        zone.getStyleClass().add("drop-zone");
        zone.setAlignment(Pos.CENTER);
        // large while it is all there is to do, small once a file is in and the preview needs the room
        zone.minHeightProperty().bind(Bindings.when(viewModel.datasetProperty().isNull())
                .then(EMPTY_ZONE_HEIGHT).otherwise(Region.USE_COMPUTED_SIZE));
        zone.setOnDragOver(this::dragOver);
        zone.setOnDragExited(e -> zone.pseudoClassStateChanged(DRAG_OVER, false));
        zone.setOnDragDropped(this::dropped);
        return zone;
    }

    private void dragOver(DragEvent event) {
        if (csvIn(event) != null) {
            event.acceptTransferModes(TransferMode.COPY);
            ((VBox) event.getSource()).pseudoClassStateChanged(DRAG_OVER, true);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        File file = csvIn(event);
        if (file != null) {
            viewModel.fileChosen(file.toPath());
        }
        event.setDropCompleted(file != null);
        event.consume();
    }

    private static File csvIn(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        return files.size() == 1 && files.get(0).getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? files.get(0) : null;
    }

    /** "Choose a file…" and File ▸ Open. */
    void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            viewModel.fileChosen(file.toPath());
        }
    }

    private HBox targetRow() {
        Label ask = new Label("What should we predict?");
        ask.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<String> target = new ComboBox<>(viewModel.targetChoices());
        target.setId(TARGET_ID);
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        Label sentence = StepPage.sentence(viewModel.targetSentenceProperty(), Styles.TITLE_4);
        sentence.setId("target-sentence");
        Label answers = StepPage.sentence(viewModel.answersSentenceProperty(), Styles.TEXT_MUTED);
        VBox words = new VBox(2, sentence, answers);
        HBox row = new HBox(12, ask, target, StepPage.busy(viewModel.analysingProperty()), words);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox findings() {
        VBox list = new VBox(4);
        list.getStyleClass().add("findings");
        Runnable refresh = () -> list.getChildren().setAll(viewModel.findings().stream().map(f -> {
            Label label = new Label(f.text(), iconFor(f.severity()).node());
            label.setWrapText(true);
            label.getStyleClass().add(switch (f.severity()) {
                case BLOCKER -> Styles.DANGER;
                case WARNING -> Styles.WARNING;
                case NOTE -> Styles.TEXT_MUTED;
            });
            return label;
        }).toList());
        viewModel.findings().addListener((ListChangeListener<Finding>) change -> refresh.run());
        refresh.run();
        return list;
    }

    private static AppIcon iconFor(Severity severity) {
        return switch (severity) {
            case BLOCKER -> AppIcon.BLOCKER;
            case WARNING -> AppIcon.WARNING;
            case NOTE -> AppIcon.INFO;
        };
    }

    private TableView<List<String>> preview() {
        TableView<List<String>> table = new TableView<>(viewModel.previewRows());
        table.setId(PREVIEW_ID);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setPlaceholder(new Label("No rows to show."));
        table.setMinHeight(180);
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) change -> buildColumns(table));
        buildColumns(table);
        return table;
    }

    private void buildColumns(TableView<List<String>> table) {
        table.getColumns().clear();
        List<ColumnChoice> choices = viewModel.columns();
        List<String> names = viewModel.previewColumns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            column.setSortable(false);
            // wide enough for the name and its type picker side by side with the data
            column.setPrefWidth(Math.max(150, 9 * names.get(i).length() + 24));
            Label name = new Label(names.get(i));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            VBox header = new VBox(4, name);
            header.setAlignment(Pos.CENTER_LEFT);
            choices.stream().filter(c -> c.name().equals(names.get(index))).findFirst()
                    .ifPresent(choice -> header.getChildren().add(typePicker(choice)));
            column.setGraphic(header);
            table.getColumns().add(column);
        }
    }

    private static ComboBox<ColumnType> typePicker(ColumnChoice choice) {
        ComboBox<ColumnType> picker = new ComboBox<>();
        picker.getItems().setAll(ColumnType.values());
        picker.valueProperty().bindBidirectional(choice.typeProperty());
        picker.getStyleClass().add(Styles.SMALL);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColumnType type) {
                return type == null ? "" : type.plainName();
            }

            @Override
            public ColumnType fromString(String text) {
                return null; // not editable
            }
        });
        return picker;
    }
}
