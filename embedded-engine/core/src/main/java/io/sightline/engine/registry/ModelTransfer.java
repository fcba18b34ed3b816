package io.sightline.engine.registry;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Stage;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies a model version from one project to another through a file: the export writes the version's artifact
 * and a {@value #LINEAGE_FILE} (where it came from and who let it go) into its own folder under the data folder's
 * {@code exports}; the import reads the artifact back, refuses it unless its SHA-256 is the one recorded at export,
 * and registers it as a new version of the target model, in the target project, with the lineage as the new
 * version's tags (keys {@value #TAG_PREFIX}...) and a description naming the source.
 */
public final class ModelTransfer {
    public static final String LINEAGE_FILE = "lineage.json";
    public static final String ARTIFACT_FILE = "artifact.model.zip";
    public static final String TAG_PREFIX = "lineage.";

    private final Database database;
    private final ModelRegistry registry;
    private final CatalogRows rows;
    private final ArtifactStore modelFiles;
    private final Path exports;

    public ModelTransfer(Database database, ModelRegistry registry, ArtifactStore modelFiles, Path exports) {
        this.database = database;
        this.registry = registry;
        this.rows = new CatalogRows(registry);
        this.modelFiles = modelFiles;
        this.exports = exports;
    }

    /** What an export wrote: the artifact, its lineage beside it, and the artifact's SHA-256 and size. */
    public record Export(Path artifact, Path lineage, String sha256, long bytes) {
    }

    /** The folder an export called {@code name} (such as a flow's id) writes into. */
    public Path folder(String name) {
        return exports.resolve(name);
    }

    /**
     * Writes the artifact of {@code source} and its lineage into the folder {@code name}. An artifact already there
     * (written by an earlier attempt; files are moved into place whole) is kept: the import checks it anyway.
     */
    public Export export(String name, ModelVersion source, Map<String, String> lineage) {
        if (source.artifactSha256() == null) {
            throw PlatformException.invalid(source.ref() + " has no artifact in Sightline (it is registered from a"
                    + " source elsewhere), so there is nothing to export.");
        }
        Path folder = folder(name);
        try {
            Files.createDirectories(folder);
            Path artifact = folder.resolve(ARTIFACT_FILE);
            if (!Files.exists(artifact)) {
                writeWhole(folder, artifact, modelFiles.get(source.artifactSha256()));
            }
            Path lineageFile = folder.resolve(LINEAGE_FILE);
            writeWhole(folder, lineageFile, Json.write(new TreeMap<>(lineage)).getBytes(StandardCharsets.UTF_8));
            return new Export(artifact, lineageFile, source.artifactSha256(), source.artifactBytes());
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not export " + source.ref() + " into " + folder
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers the artifact at {@code artifact} as a new version of {@code targetModel} in {@code targetProject}
     * (a model of that name must be in that project already, or not exist), with the schema, metrics and training
     * lineage of {@code source} and {@code lineage} as tags; refused, with nothing registered, when the file's
     * SHA-256 is not {@code expectedSha256}.
     */
    public ModelVersion importCopy(Path artifact, String expectedSha256, ModelVersion source, String targetModel,
                                   String targetProject, Map<String, String> lineage) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(artifact);
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "The exported artifact " + artifact + " cannot be read: "
                    + e.getMessage(), e);
        }
        String actual = ArtifactStore.sha256(bytes);
        if (!actual.equals(expectedSha256)) {
            throw PlatformException.invalid("The exported artifact's SHA-256 is " + actual + ", not " + expectedSha256
                    + " as recorded at export: the file changed after it was exported, so it was not imported.");
        }
        modelFiles.put(bytes);
        return database.inTransaction(c -> {
            Sql.one(c, "SELECT project FROM registered_model WHERE name = ?", row -> row.getString("project"),
                    targetModel).filter(project -> !project.equals(targetProject)).ifPresent(project -> {
                        throw PlatformException.invalid("The model '" + targetModel + "' belongs to the project '"
                                + project + "', not to '" + targetProject + "': choose another name.");
                    });
            ModelVersion copy = registry.register(c, new ModelVersion(targetModel, 0, source.runId(),
                    source.datasetId(), source.datasetSha256(), Stage.NONE, actual, bytes.length, source.algorithm(),
                    source.metrics(), source.schema(), null));
            Sql.update(c, "UPDATE registered_model SET project = ? WHERE name = ?", targetProject, targetModel);
            for (Map.Entry<String, String> entry : lineage.entrySet()) {
                rows.setVersionTag(c, targetModel, copy.version(), TAG_PREFIX + entry.getKey(), entry.getValue());
            }
            rows.describeVersion(c, targetModel, copy.version(), "Copied from " + source.ref() + " of the project '"
                    + lineage.getOrDefault("sourceProject", Project.DEFAULT) + "'.");
            return copy;
        });
    }

    private static void writeWhole(Path folder, Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(folder, "writing-", ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
