package io.sightline.app.controls;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CandidateResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The AutoML leaderboard: every candidate with its algorithm, cross-validated primary metric (mean ± standard
 * deviation over folds), the other cross-validated metrics, training time, prediction cost and status. The
 * chosen candidate's row carries the {@code :best} pseudo-class; failed or skipped ones {@code :not-ok}.
 */
public class LeaderboardTable extends TableView<CandidateResult> {
    public static final String STYLE_CLASS = "leaderboard-table";
    public static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    public static final PseudoClass NOT_OK = PseudoClass.getPseudoClass("not-ok");

    private final StringProperty bestCandidate = new SimpleStringProperty(this, "bestCandidate");
    /** The cross-validated metrics that have a column now, primary first; rebuilt only when they change. */
    private List<String> metricColumns = List.of();
    private final ListChangeListener<CandidateResult> onItemsChanged = change -> rebuildColumns();
    private ObservableList<CandidateResult> listenedItems;

    public LeaderboardTable() {
        getStyleClass().add(STYLE_CLASS);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(table -> new CandidateRow());
        // An invalidation listener: a change listener would miss swapping one empty list for another (equal) one.
        itemsProperty().addListener(observable -> followItems());
        followItems();
        bestCandidate.addListener((obs, old, now) -> refresh());
        rebuildColumns();
    }

    @Override
    public String getUserAgentStylesheet() {
        return ScientistStyles.stylesheet();
    }

    /** The name of the candidate the run chose; its row is highlighted. */
    public StringProperty bestCandidateProperty() {
        return bestCandidate;
    }

    public String getBestCandidate() {
        return bestCandidate.get();
    }

    public void setBestCandidate(String value) {
        bestCandidate.set(value);
    }

    private void followItems() {
        if (listenedItems != null) {
            listenedItems.removeListener(onItemsChanged);
        }
        listenedItems = getItems();
        if (listenedItems != null) {
            listenedItems.addListener(onItemsChanged);
        }
        rebuildColumns();
    }

    private void rebuildColumns() {
        List<CandidateResult> items = getItems() == null ? List.of() : getItems();
        String primary = items.stream().map(CandidateResult::metric).filter(m -> m != null)
                .findFirst().orElse("score");
        Set<String> others = new LinkedHashSet<>();
        items.forEach(c -> c.cvMetrics().keySet().stream()
                .filter(name -> !name.equalsIgnoreCase(primary)).sorted().forEach(others::add));
        List<String> wanted = new ArrayList<>();
        wanted.add(primary);
        wanted.addAll(others);
        if (wanted.equals(metricColumns) && !getColumns().isEmpty()) {
            return;
        }
        metricColumns = wanted;

        getColumns().clear();
        TextColumn<CandidateResult> algorithm = new TextColumn<>("Algorithm", CandidateResult::algorithm);
        TextColumn<CandidateResult> score = new TextColumn<>("CV " + primary,
                c -> c.ok() ? Figures.metricWithSpread(c.cvScore(), c.cvStd()) : Figures.NONE,
                Comparator.comparingDouble(c -> c.ok() ? c.cvScore() : Double.NEGATIVE_INFINITY));
        algorithm.setPrefWidth(200);
        score.setPrefWidth(140);
        getColumns().add(algorithm);
        getColumns().add(score);
        for (String metric : others) {
            TextColumn<CandidateResult> column = new TextColumn<>("CV " + metric,
                    c -> Figures.metric(c.cvMetrics().get(metric)),
                    Comparator.comparingDouble(c -> valueOr(c.cvMetrics(), metric)));
            column.setPrefWidth(110);
            getColumns().add(column);
        }
        getColumns().add(new TextColumn<>("Train time", c -> Figures.duration(c.trainMillis()),
                Comparator.comparingLong(CandidateResult::trainMillis)));
        getColumns().add(new TextColumn<>("Predict / row", c -> Figures.microsPerRow(c.predictMicrosPerRow()),
                Comparator.comparingDouble(CandidateResult::predictMicrosPerRow)));
        getColumns().add(new TextColumn<>("Status", LeaderboardTable::statusText));
    }

    private static double valueOr(Map<String, Double> metrics, String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NEGATIVE_INFINITY : value;
    }

    private static String statusText(CandidateResult candidate) {
        String note = candidate.note();
        return note == null || note.isBlank() ? candidate.status() : candidate.status() + " — " + note;
    }

    /** A row that knows whether it shows the chosen candidate or one that did not finish. */
    private final class CandidateRow extends TableRow<CandidateResult> {
        @Override
        protected void updateItem(CandidateResult candidate, boolean empty) {
            super.updateItem(candidate, empty);
            boolean filled = !empty && candidate != null;
            pseudoClassStateChanged(BEST, filled && candidate.name().equals(getBestCandidate()));
            pseudoClassStateChanged(NOT_OK, filled && !candidate.ok());
            setTooltip(filled ? new Tooltip(tooltipText(candidate)) : null);
        }

        /** The candidate's name, why it did not run if so, and its parameters. */
        private static String tooltipText(CandidateResult candidate) {
            StringBuilder text = new StringBuilder(candidate.name());
            if (candidate.note() != null && !candidate.note().isBlank()) {
                text.append('\n').append(candidate.note());
            }
            candidate.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> text.append('\n').append(e.getKey()).append(" = ").append(e.getValue()));
            return text.toString();
        }
    }
}
