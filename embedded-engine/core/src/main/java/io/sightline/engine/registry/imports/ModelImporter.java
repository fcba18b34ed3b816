package io.sightline.engine.registry.imports;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ImportCheck;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.data.Table;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.train.ImportedModels;
import io.sightline.engine.train.ImportedModels.ModelSchemaParts;
import io.sightline.engine.train.TrainedModel;
import io.sightline.engine.train.external.ExternalFormats;
import io.sightline.engine.train.external.ExternalInput;
import io.sightline.engine.train.external.ExternalScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tribuo.Model;

/**
 * Assesses a model file against a dataset and registers it when every check passes. The checks, in order: the
 * column to predict is in the dataset; every input the model takes is a dataset column; those columns and inputs
 * hold numbers; the model's outputs fit the task (a score per named class, or one number); its predictions on a
 * sample of the dataset are sane; and it gives the expected outputs the user supplied. A check that cannot be
 * made because an earlier one failed is not reported. Files uploaded for an import are kept by their SHA-256, and a
 * request names them by id ({@link ModelImport#isUploaded}).
 */
public final class ModelImporter {
    /** Rows of the dataset the sanity check predicts: enough to meet most of a small dataset's classes. */
    static final int SAMPLE_ROWS = 100;
    private final Database database;
    private final EventLog events;
    private final DatasetCatalog catalog;
    private final CsvImporter importer;
    private final ArtifactStore datasetFiles;
    private final ArtifactStore modelFiles;
    private final ModelRegistry registry;
    private final ArtifactStore uploads;

    public ModelImporter(Database database, EventLog events, DatasetCatalog catalog, CsvImporter importer,
                         ArtifactStore datasetFiles, ArtifactStore modelFiles, ModelRegistry registry,
                         ArtifactStore uploads) {
        this.uploads = uploads;
        this.database = database;
        this.events = events;
        this.catalog = catalog;
        this.importer = importer;
        this.datasetFiles = datasetFiles;
        this.modelFiles = modelFiles;
        this.registry = registry;
    }

    /** Keeps a copy of {@code file} for a later import; answers its id. */
    public String upload(Path file) {
        ArgumentRules.existingUpload(file);
        try {
            String sha = ArtifactStore.sha256(file);
            uploads.putFile(file, sha);
            return ModelImport.uploadedId(sha);
        } catch (IOException e) {
            throw new BadFileException(0, "The file " + file + " cannot be read: " + e.getMessage());
        }
    }

    public ImportAssessment importModel(ModelImport original) {
        ModelImport request = original.withFiles(this::local);
        byte[] file = read(request);
        String fileSha = ArtifactStore.sha256(file);
        DatasetInfo dataset = database.read(c -> catalog.get(c, request.datasetId()));
        Table table = importer.readTable(datasetFiles.fetch(dataset.sha256()), Map.of());
        List<ImportCheck> checks = new ArrayList<>();
        Candidate candidate = request.format() == ModelFormat.TRIBUO
                ? tribuo(ImportedModels.readTribuo(file), table, request, checks)
                : external(request.format(), file, table, request, checks);
        if (candidate == null) {
            return new ImportAssessment(request.format(), fileSha, checks, null);
        }
        TrainedModel model = candidate.model();
        checks.add(SampleCheck.of(model, table, SAMPLE_ROWS));
        if (request.expectedOutputs() != null) {
            checks.add(ExpectedOutputsCheck.of(model, importer, request.expectedOutputs()));
        }
        ImportAssessment assessed = new ImportAssessment(request.format(), fileSha, checks, null);
        if (!assessed.passed() || !request.register()) {
            return assessed;
        }
        return new ImportAssessment(request.format(), fileSha, checks, register(request, dataset, model, table));
    }

    /** Where the file a request names is on this machine: an uploaded file's copy, or the path itself. */
    private Path local(Path file) {
        if (!ModelImport.isUploaded(file)) {
            return file;
        }
        Path copy = uploads.fetch(ModelImport.uploadedSha256(file));
        if (!Files.isRegularFile(copy)) {
            throw PlatformException.notFound("uploaded file", file.toString());
        }
        return copy;
    }

    private static byte[] read(ModelImport request) {
        try {
            return Files.readAllBytes(request.file());
        } catch (IOException e) {
            throw new BadFileException(0, "The model file " + request.file() + " cannot be read: " + e.getMessage());
        }
    }

    private ModelVersion register(ModelImport request, DatasetInfo dataset, TrainedModel model, Table table) {
        byte[] artifact = model.toBytes();
        String sha = modelFiles.put(artifact);
        Map<String, Double> metrics = ImportedModels.metrics(model, table);
        ModelVersion version = database.inTransaction(c -> registry.register(c, new ModelVersion(request.model(), 0,
                null, dataset.id(), dataset.sha256(), Stage.NONE, sha, artifact.length,
                "imported " + model.algorithm(), metrics, model.schema(), Timestamps.now())));
        events.publish(new PlatformEvent.ModelVersionRegistered(0, Timestamps.now(), version.model(),
                version.version()));
        return version;
    }

    /** A model that passed the checks of its inputs and outputs, ready to predict. */
    private record Candidate(TrainedModel model) {
    }

    private Candidate tribuo(Model<?> model, Table table, ModelImport request, List<ImportCheck> checks) {
        Task task = ImportedModels.regresses(model) ? Task.REGRESSION : null;
        List<String> dataLabels = targetCheck(table, request.target(), task, checks);
        if (dataLabels == null) {
            return null;
        }
        List<String> columns = ImportedModels.featuresOf(model);
        if (!inputChecks(table, request.target(), columns, List.of(), checks)) {
            return null;
        }
        if (task == null) {
            List<String> modelLabels = ImportedModels.labelsOf(model);
            List<String> unknown = modelLabels.stream().filter(label -> !dataLabels.contains(label)).toList();
            checks.add(ImportCheck.of("outputs", unknown.isEmpty(), modelLabels.toString(), "classes among "
                    + dataLabels, unknown.isEmpty() ? "The model predicts classes the dataset has."
                    : "The model predicts " + unknown + ", which '" + request.target() + "' never holds."));
            if (!unknown.isEmpty()) {
                return null;
            }
            task = classificationTask(dataLabels);
        }
        return new Candidate(ImportedModels.tribuo(model, table, columns,
                new ModelSchemaParts(request.target(), task, dataLabels)));
    }

    private Candidate external(ModelFormat format, byte[] file, Table table, ModelImport request,
                               List<ImportCheck> checks) {
        ExternalScorer scorer = ExternalFormats.require(format).load(file);
        boolean numeric = table.hasColumn(request.target())
                && table.column(request.target()).type() == ColumnType.NUMERIC;
        List<String> dataLabels = targetCheck(table, request.target(), numeric ? Task.REGRESSION : null, checks);
        List<String> columns = dataLabels == null ? null : columnsFor(scorer.inputs(), table, request);
        if (columns == null || !inputChecks(table, request.target(), columns, scorer.inputs(), checks)) {
            scorer.close();
            return null;
        }
        List<String> labels = numeric ? List.of() : request.labels().isEmpty() ? dataLabels : request.labels();
        if (!outputCheck(scorer.outputWidth(), labels, dataLabels, request.target(), checks)) {
            scorer.close();
            return null;
        }
        Task task = numeric ? Task.REGRESSION : classificationTask(labels);
        return new Candidate(ImportedModels.external(format, file, scorer, table, columns,
                new ModelSchemaParts(request.target(), task, labels)));
    }

    private static Task classificationTask(List<String> labels) {
        return labels.size() == 2 ? Task.BINARY : Task.MULTICLASS;
    }

    /**
     * Checks the column to predict, giving its classes (sorted; empty when {@code task} is regression), or null
     * when the check failed.
     */
    private static List<String> targetCheck(Table table, String target, Task task, List<ImportCheck> checks) {
        if (!table.hasColumn(target)) {
            checks.add(ImportCheck.of("target", false, target, "one of " + table.columnNames(), "The dataset has"
                    + " no column '" + target + "' to compare the model's predictions with; it has "
                    + String.join(", ", table.columnNames()) + "."));
            return null;
        }
        Column column = table.column(target);
        if (task == Task.REGRESSION) {
            boolean numeric = column.type() == ColumnType.NUMERIC;
            checks.add(ImportCheck.of("target", numeric, column.type().plainName(), ColumnType.NUMERIC.plainName(),
                    numeric ? "'" + target + "' holds numbers, as the model predicts."
                            : "The model predicts numbers but '" + target + "' holds "
                                    + column.type().plainName().toLowerCase() + " values."));
            return numeric ? List.of() : null;
        }
        TreeSet<String> labels = new TreeSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (!column.isMissing(row)) {
                labels.add(column.value(row));
            }
        }
        boolean enough = labels.size() >= 2;
        checks.add(ImportCheck.of("target", enough, labels.size() + " classes", "at least 2 classes", enough
                ? "'" + target + "' holds " + labels.size() + " classes." : "'" + target + "' holds fewer than two"
                + " classes, so a classifier's predictions cannot be checked against it."));
        return enough ? List.copyOf(labels) : null;
    }

    /**
     * The dataset column behind each value of a row: one per input when the model names its inputs one value
     * each, else (a single tensor) the columns the request names, or the dataset's numeric columns but the target.
     */
    private static List<String> columnsFor(List<ExternalInput> inputs, Table table, ModelImport request) {
        boolean named = inputs.size() > 1 || inputs.size() == 1 && inputs.get(0).width() == 1
                && table.hasColumn(inputs.get(0).name());
        if (named) {
            return inputs.stream().map(ExternalInput::name).toList();
        }
        if (!request.inputColumns().isEmpty()) {
            return request.inputColumns();
        }
        return table.columns().stream()
                .filter(c -> !c.name().equals(request.target()) && c.type() == ColumnType.NUMERIC)
                .map(Column::name).toList();
    }

    /** Input names (every one a dataset column other than the target), widths and types. */
    private static boolean inputChecks(Table table, String target, List<String> columns, List<ExternalInput> inputs,
                                       List<ImportCheck> checks) {
        List<String> missing = columns.stream().filter(c -> !table.hasColumn(c) || c.equals(target)).toList();
        int width = inputs.stream().mapToInt(ExternalInput::width).sum();
        boolean widthKnown = inputs.stream().allMatch(input -> input.width() > 0);
        boolean fits = missing.isEmpty() && (inputs.isEmpty() || !widthKnown || width == columns.size());
        String expected = inputs.isEmpty() || !widthKnown ? columns.size() + " columns" : width + " values per row";
        checks.add(ImportCheck.of("inputs", fits, (columns.size() - missing.size()) + " of " + columns.size()
                + " columns found", expected, !missing.isEmpty()
                ? "The model takes " + missing + ", which the dataset does not have as inputs (its columns: "
                        + String.join(", ", table.columnNames()) + ")."
                : fits ? "Every input the model takes is a dataset column: " + String.join(", ", columns) + "."
                : "The model takes " + width + " values per row but " + columns.size() + " columns were named for"
                        + " it (" + String.join(", ", columns) + ")."));
        if (!fits) {
            return false;
        }
        List<String> notNumbers = new ArrayList<>();
        columns.stream().filter(c -> table.column(c).type() != ColumnType.NUMERIC)
                .forEach(c -> notNumbers.add("'" + c + "' holds " + table.column(c).type().plainName().toLowerCase()
                        + " values"));
        inputs.stream().filter(input -> !input.numeric())
                .forEach(input -> notNumbers.add("the input '" + input.name() + "' takes " + input.type()));
        boolean numeric = notNumbers.isEmpty();
        checks.add(ImportCheck.of("input types", numeric, numeric ? "numbers" : String.join("; ", notNumbers),
                "numbers", numeric ? "Every input is a number, as the columns are."
                        : "Imported models are fed numbers, but " + String.join("; ", notNumbers) + "."));
        return numeric;
    }

    /** A score per class named (each a class of the dataset), or one number for regression. */
    private static boolean outputCheck(int width, List<String> labels, List<String> dataLabels, String target,
                                       List<ImportCheck> checks) {
        int wanted = labels.isEmpty() ? 1 : labels.size();
        List<String> unknown = labels.stream().filter(label -> !dataLabels.contains(label)).toList();
        boolean fits = unknown.isEmpty() && (width < 0 || width == wanted);
        checks.add(ImportCheck.of("outputs", fits, width < 0 ? "not stated" : width + " values per row",
                labels.isEmpty() ? "1 number" : wanted + " scores " + labels, !unknown.isEmpty()
                ? "The classes " + unknown + " were named for the model but '" + target + "' never holds them."
                : fits ? "The model's outputs fit the task." : "The model gives " + width + " values per row, but "
                        + (labels.isEmpty() ? "one number is predicted" : wanted + " classes were named " + labels)
                        + "; name one class per output."));
        return fits;
    }
}
