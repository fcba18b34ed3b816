package io.sightline.app.workspace.executive;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.shell.DataOrigin;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A TilesFX tile for one figure: the title, the value (or "Not enough data yet"), the trend or the reason, a
 * sparkline when there is one, and at the bottom whether the figure is Simulated or Live and what it covers.
 * The formula is the tile's tooltip. Not animated: every update shows the new figure at once.
 */
final class KpiTile {
    static final String STYLE_CLASS = "kpi-tile";
    static final String VALUE_CLASS = "kpi-value";
    static final String TREND_CLASS = "kpi-trend";
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final Tile tile;
    private final Label value = new Label();
    private final Label trend = new Label();
    private final Sparkline sparkline = new Sparkline();
    private final DataOrigin origin;

    KpiTile(KpiKind kind, DataOrigin origin) {
        this.origin = origin;
        value.getStyleClass().add(VALUE_CLASS);
        value.setId(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-value");
        trend.getStyleClass().add(TREND_CLASS);
        trend.setWrapText(true);
        VBox body = new VBox(4, value, trend, sparkline);
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(280, 190)
                .title(kind.title())
                .text(OriginTag.text(origin))
                .textColor(origin.simulated() ? Tile.ORANGE : Tile.GREEN)
                .graphic(body)
                .tooltipText(kind.formula())
                .animated(false)
                .build();
        tile.getStyleClass().add(STYLE_CLASS);
        tile.setId(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-tile");
        show(null);
    }

    Tile node() {
        return tile;
    }

    /** Shows a figure; null shows that it is being read. */
    void show(Kpi kpi) {
        if (kpi == null) {
            value.setText("…");
            trend.setText("Reading the figures…");
            sparkline.setValues(java.util.List.of());
            return;
        }
        value.setText(kpi.value());
        value.pseudoClassStateChanged(MISSING, !kpi.available());
        trend.setText(kpi.trend());
        sparkline.setValues(kpi.sparkline());
        tile.setText(OriginTag.text(origin) + " · " + kpi.covers());
    }
}
