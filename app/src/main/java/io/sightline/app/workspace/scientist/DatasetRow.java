package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.DatasetInfo;

/** A dataset as a line of the datasets table; {@code info} keeps the record for sorting and details. */
public record DatasetRow(DatasetInfo info, String name, String rows, String columns, String size, String imported,
        String sha) {

    static DatasetRow of(DatasetInfo info) {
        return new DatasetRow(info, info.name(), Figures.count(info.rows()), Figures.count(info.columns().size()),
                Figures.size(info.sizeBytes()), Figures.dateTime(info.importedAt()), Figures.shortSha(info.sha256()));
    }

    public String id() {
        return info.id();
    }
}
