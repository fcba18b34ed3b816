package io.sightline.engine.server.mlflow;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The MLflow client scenario on PostgreSQL: migration V2 and the tracking SQL are portable. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class MlflowClientOnPostgresTest extends MlflowClientContract {

    @Override
    protected LocalPlatform open(Path directory) {
        return LocalPlatform.open(directory, TestPostgres.openFreshSchema("mlflow"));
    }
}
