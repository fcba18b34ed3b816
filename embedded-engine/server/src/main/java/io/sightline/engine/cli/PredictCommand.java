package io.sightline.engine.cli;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.ScoreFileResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline predict}: scores a CSV file with a registered model, through the same deployment path the
 * console uses — an existing deployment of that version, or a new one named {@code MODEL-vN}.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Scores every row of a CSV file with a registered model and writes a new CSV with the "
                + "input columns plus 'label' and 'score'.")
final class PredictCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    SightlineCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL[:VERSION]",
            description = "A registered model, optionally with a version (default: the latest).")
    String model;

    @Parameters(index = "1", paramLabel = "IN.csv", description = "The rows to score.")
    Path input;

    @Parameters(index = "2", paramLabel = "OUT.csv", description = "Where to write the scored rows.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalPlatform platform = parent.openPlatform()) {
            ModelRef ref = resolve(platform, model);
            Deployment deployment = platform.deployments().stream()
                    .filter(d -> d.ref().equals(ref)).findFirst()
                    .orElseGet(() -> platform.deploy(ref.model() + "-v" + ref.version(), ref.model(), ref.version()));
            ScoreFileResult result = platform.scoreFile(deployment.name(), input, output);
            platform.flushPredictionLog(java.time.Duration.ofSeconds(30));
            out.printf(Locale.ROOT, "Scored %d rows with %s (deployment %s) in %d ms into %s%n", result.rows(),
                    result.model(), deployment.name(), result.millis(), result.output());
            return 0;
        }
    }

    static ModelRef resolve(Registry registry, String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon < 0) {
            return registry.modelVersions(spec).stream().max(Comparator.comparingInt(ModelVersion::version))
                    .map(ModelVersion::ref)
                    .orElseThrow(() -> PlatformException.notFound("version of model", spec));
        }
        String name = spec.substring(0, colon);
        try {
            return registry.modelVersion(name, Integer.parseInt(spec.substring(colon + 1))).ref();
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("'" + spec + "' is not MODEL or MODEL:VERSION (the version is a number).");
        }
    }
}
