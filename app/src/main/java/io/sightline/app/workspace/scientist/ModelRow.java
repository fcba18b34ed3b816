package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.RegisteredModel;

/** A registered model as a line of the models list. */
public record ModelRow(RegisteredModel model, String name, String description, String latest, String updated) {

    static ModelRow of(RegisteredModel model) {
        return new ModelRow(model, model.name(), model.description() == null ? "" : model.description(),
                "v" + model.latestVersion(), Figures.dateTime(model.updatedAt()));
    }
}
