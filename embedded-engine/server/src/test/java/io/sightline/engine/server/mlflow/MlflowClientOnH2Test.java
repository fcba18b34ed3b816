package io.sightline.engine.server.mlflow;

import io.sightline.engine.LocalPlatform;
import java.nio.file.Path;

/** The MLflow client scenario on the embedded H2 database. */
class MlflowClientOnH2Test extends MlflowClientContract {

    @Override
    protected LocalPlatform open(Path directory) {
        return LocalPlatform.open(directory);
    }
}
