package io.sightline.app.shell.health;

import atlantafx.base.theme.Styles;
import io.sightline.app.controls.HealthDot;
import io.sightline.app.controls.ViewParts;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.PlatformInfo;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The System health page: the engine's components with their signal and what they say, and this computer's
 * processor, memory and disk, with the recent processor and memory history drawn as two small charts.
 */
public final class SystemHealthView {
    public static final String ID = "system-health";
    public static final String COMPONENTS_ID = "health-components";
    public static final String COMPONENT_ROW_CLASS = "health-component";
    public static final String CPU_CHART_ID = "cpu-history";
    public static final String MEMORY_CHART_ID = "memory-history";

    private final SystemHealthViewModel viewModel;
    private final GridPane components = new GridPane();
    private final ScrollPane root;

    /** {@code back} returns to the workspace the user came from. */
    public SystemHealthView(SystemHealthViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        VBox page = new VBox(20, ViewParts.pageHeading("System health", back), engineSection(), hostSection());
        page.setPadding(new Insets(20, 24, 24, 24));
        page.setMaxWidth(980);
        root = new ScrollPane(page);
        root.setId(ID);
        root.setFitToWidth(true);
        root.getStyleClass().add("system-health");
    }

    private VBox engineSection() {
        Label heading = sectionHeading("Engine");
        Label where = new Label();
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.textProperty().bind(viewModel.infoProperty().map(SystemHealthView::describe).orElse(""));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        components.setId(COMPONENTS_ID);
        components.setHgap(14);
        components.setVgap(8);
        viewModel.components().addListener((ListChangeListener<ComponentHealth>) change -> showComponents());
        showComponents();
        return section(heading, where, summary, components);
    }

    private static String describe(PlatformInfo info) {
        return capitalised(info.mode()) + " engine " + info.version() + " · " + info.location();
    }

    private void showComponents() {
        components.getChildren().clear();
        int row = 0;
        for (ComponentHealth component : viewModel.components()) {
            HealthDot dot = new HealthDot();
            dot.setStatus(component.status());
            Label name = new Label(capitalised(component.component()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label word = new Label(SystemHealthViewModel.word(component.status()));
            Label detail = new Label(component.detail() == null ? "" : component.detail());
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            detail.setWrapText(true);
            GridPane.setHgrow(detail, Priority.ALWAYS);
            dot.setId(componentId(component.component()));
            word.setId(componentId(component.component()) + "-word");
            for (Node cell : new Node[] {dot, name, word, detail}) {
                cell.getStyleClass().add(COMPONENT_ROW_CLASS);
            }
            components.addRow(row++, dot, name, word, detail);
        }
    }

    /** The id of a component's dot: {@code health-} and the component's name with dashes for spaces. */
    public static String componentId(String component) {
        return "health-" + component.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private VBox hostSection() {
        Label heading = sectionHeading("This computer");
        Label cpu = bound(viewModel.cpuTextProperty());
        Label memory = bound(viewModel.memoryTextProperty());
        Label disk = bound(viewModel.diskTextProperty());
        Label note = new Label("Recent history, one point every " + SystemHealthViewModel.REFRESH_SECONDS
                + " seconds, in percent. The disk is the one that holds the console's data folder.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        HBox charts = new HBox(16, chart(cpu, viewModel.cpuHistory(), CPU_CHART_ID),
                chart(memory, viewModel.memoryHistory(), MEMORY_CHART_ID));
        return section(heading, charts, disk, note);
    }

    private static VBox chart(Label caption, ObservableList<Double> history, String id) {
        NumberAxis time = new NumberAxis(0, SystemHealthViewModel.HISTORY_LENGTH - 1, 10);
        time.setAutoRanging(false);
        time.setTickLabelsVisible(false);
        time.setTickMarkVisible(false);
        time.setMinorTickVisible(false);
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setAutoRanging(false);
        LineChart<Number, Number> chart = new LineChart<>(time, percent);
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(120);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable redraw = () -> {
            // newest point on the right edge, so that the line grows leftwards as the history fills
            int offset = SystemHealthViewModel.HISTORY_LENGTH - history.size();
            var points = new java.util.ArrayList<XYChart.Data<Number, Number>>(history.size());
            for (int i = 0; i < history.size(); i++) {
                points.add(new XYChart.Data<>(offset + i, history.get(i)));
            }
            series.getData().setAll(points);
        };
        history.addListener((ListChangeListener<Double>) change -> redraw.run());
        redraw.run();
        VBox box = new VBox(4, caption, chart);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label bound(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }

    private static Label sectionHeading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static VBox section(Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("health-section");
        box.setPadding(new Insets(14));
        return box;
    }

    private static String capitalised(String word) {
        if (word == null || word.isEmpty()) {
            return "";
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    public Node root() {
        return root;
    }
}
