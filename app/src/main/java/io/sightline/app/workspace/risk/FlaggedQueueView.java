package io.sightline.app.workspace.risk;

import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.shell.DataOrigin;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The flagged queue: sellers (when the predictions name them) with their flagged predictions beneath, and the
 * reasons for the selected prediction's score beside them.
 */
final class FlaggedQueueView {
    /** A line of the tree: a seller's group, or one of its predictions. */
    record Line(SellerGroup group, FlaggedItem item) {
    }

    private final FlaggedQueueViewModel viewModel;
    private final SplitPane root = new SplitPane();
    private final TreeTableView<Line> tree = new TreeTableView<>(new TreeItem<>());

    FlaggedQueueView(FlaggedQueueViewModel viewModel, DataOrigin origin) {
        this.viewModel = viewModel;
        tree.setId("flagged-queue");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(column("Seller / time", line -> line.item() == null ? sellerName(line.group())
                : line.item().time(), 200));
        tree.getColumns().add(column("Score", line -> line.item() == null ? line.group().summary()
                : line.item().score(), 200));
        tree.getColumns().add(column("Decision", line -> line.item() == null ? "" : line.item().decision(), 120));
        tree.getColumns().add(column("Predicted", line -> line.item() == null ? "" : line.item().label(), 90));
        tree.getColumns().add(column("Outcome", line -> line.item() == null ? "" : line.item().outcome(), 110));
        tree.setPlaceholder(ViewParts.hint(viewModel.loadingProperty()
                .map(loading -> loading ? "Loading the flagged predictions…"
                        : "Nothing flagged among the newest predictions.")));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.select(now == null || now.getValue() == null ? null : now.getValue().item()));
        viewModel.groups().addListener((ListChangeListener<SellerGroup>) change -> rebuild());

        Button refresh = new Button("Refresh");
        refresh.setId("refresh-flagged");
        refresh.disableProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(e -> viewModel.reload());
        HBox header = new HBox(10, ViewParts.title("Flagged predictions"), refresh, OriginTag.create(origin),
                ViewParts.hint(viewModel.summaryProperty()));
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox queue = new VBox(8, header, ViewParts.problem(viewModel.errorProperty()), tree);
        queue.getStyleClass().add("flagged-queue");

        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(queue, reasons());
        root.setDividerPositions(0.66);
    }

    Node root() {
        return root;
    }

    private String sellerName(SellerGroup group) {
        return group.seller().isEmpty() ? "(no " + viewModel.sellerColumnProperty().get() + ")" : group.seller();
    }

    private Node reasons() {
        VBox list = new VBox(6);
        list.setId("score-reasons");
        viewModel.reasons().addListener((ListChangeListener<String>) change -> {
            list.getChildren().clear();
            int n = 1;
            for (String reason : viewModel.reasons()) {
                Label line = new Label(n++ + ". " + reason);
                line.setWrapText(true);
                line.getStyleClass().add("reason");
                list.getChildren().add(line);
            }
        });
        Label status = ViewParts.hint(viewModel.reasonsStatusProperty());
        Label choose = ViewParts.shownWhen(ViewParts.hint("Select a flagged prediction to see what pushed its score"
                + " up or down."), viewModel.selectedProperty().isNull());
        VBox box = new VBox(8, ViewParts.title("Why this score"), choose, status, list);
        box.getStyleClass().add("reasons");
        return box;
    }

    /** Sellers with their predictions beneath; without a seller column, the predictions alone. */
    private void rebuild() {
        TreeItem<Line> top = new TreeItem<>();
        boolean grouped = !viewModel.sellerColumnProperty().get().isEmpty();
        for (SellerGroup group : viewModel.groups()) {
            TreeItem<Line> parent = grouped ? new TreeItem<>(new Line(group, null)) : top;
            parent.setExpanded(true);
            for (FlaggedItem item : group.items()) {
                parent.getChildren().add(new TreeItem<>(new Line(group, item)));
            }
            if (grouped) {
                top.getChildren().add(parent);
            }
        }
        tree.setRoot(top);
    }

    private static TreeTableColumn<Line, String> column(String title, Function<Line, String> text, double width) {
        TreeTableColumn<Line, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : text.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
