package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Stage;
import java.util.stream.Collectors;

/** A model version as a line of the versions table: stage, algorithm, test metrics, artifact, lineage ids. */
public record VersionRow(ModelVersion version, String number, String stage, String algorithm, String metrics,
        String artifact, String created, String runId, String datasetSha) {

    private static final String TEST_PREFIX = "test_";
    /** What the artifact column says of a version whose model is kept outside Sightline. */
    static final String NO_ARTIFACT = "none: registered through MLflow, not deployable";

    static VersionRow of(ModelVersion version) {
        // The registry keeps cross-validated ("cv_") and held-out ("test_") metrics; this column is the test ones.
        String metrics = version.metrics().entrySet().stream().filter(e -> e.getKey().startsWith(TEST_PREFIX))
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().substring(TEST_PREFIX.length()) + " " + Figures.metric(e.getValue()))
                .collect(Collectors.joining(" · "));
        return new VersionRow(version, String.valueOf(version.version()), stageName(version.stage()),
                version.algorithm() == null ? Figures.NONE : version.algorithm(),
                metrics.isEmpty() ? Figures.NONE : metrics, artifact(version),
                Figures.dateTime(version.createdAt()), version.runId(), Figures.shortSha(version.datasetSha256()));
    }

    /** Hash and size of the version's model file; a version registered through MLflow has none here. */
    static String artifact(ModelVersion version) {
        return version.artifactSha256() == null ? NO_ARTIFACT
                : Figures.shortSha(version.artifactSha256()) + " · " + Figures.size(version.artifactBytes());
    }

    /** Stages as the registry's users say them. */
    public static String stageName(Stage stage) {
        if (stage == null) {
            return Stage.NONE.name();
        }
        return switch (stage) {
            case NONE -> "None";
            case STAGING -> "Staging";
            case PRODUCTION -> "Production";
            case ARCHIVED -> "Archived";
        };
    }
}
