package io.sightline.engine.registry;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.Stage;
import io.sightline.engine.search.FieldReader;
import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchFilter;
import io.sightline.engine.search.SearchVocabulary;
import io.sightline.engine.search.SearchVocabulary.ValueType;
import io.sightline.engine.store.Database;
import io.sightline.engine.track.LoggingRules;
import io.sightline.engine.track.RunStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model registry as MLflow clients edit it: models with descriptions, tags and aliases; versions
 * registered from a source URI beside the versions Sightline trains (one numbering per model); stage
 * transitions, renames and deletions. A model or version that a deployment serves is neither renamed nor
 * deleted. Each call is one transaction.
 */
public final class ModelCatalog {
    static final SearchVocabulary MODEL_FIELDS = new SearchVocabulary("registered models",
            Set.of(SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("name", ValueType.TEXT, "creation_timestamp", ValueType.NUMBER,
                    "last_updated_timestamp", ValueType.NUMBER));
    static final SearchVocabulary VERSION_FIELDS = new SearchVocabulary("model versions",
            Set.of(SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("name", ValueType.TEXT, "version_number", ValueType.NUMBER, "run_id", ValueType.TEXT,
                    "source_path", ValueType.TEXT, "current_stage", ValueType.TEXT,
                    "creation_timestamp", ValueType.NUMBER, "last_updated_timestamp", ValueType.NUMBER));
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern RESERVED_ALIAS = Pattern.compile("(?i)latest|v\\d+");

    private final Database database;
    private final ModelRegistry registry;
    private final RunStore runs;
    private final CatalogRows rows;

    public ModelCatalog(Database database, ModelRegistry registry, RunStore runs) {
        this.database = database;
        this.registry = registry;
        this.runs = runs;
        this.rows = new CatalogRows(registry);
    }

    // ---- registered models

    public ModelDetail createModel(String name, String description, Map<String, String> tags) {
        LoggingRules.name("name", name);
        tags.forEach(ModelCatalog::checkTag);
        return database.inTransaction(c -> {
            if (rows.modelExists(c, name)) {
                throw new PlatformException(ErrorCode.ALREADY_EXISTS, "Registered model (name=" + name
                        + ") already exists.");
            }
            rows.insertModel(c, name, description);
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                rows.setModelTag(c, name, tag.getKey(), tag.getValue());
            }
            return rows.model(c, name);
        });
    }

    public ModelDetail model(String name) {
        LoggingRules.name("name", name);
        return database.read(c -> rows.model(c, name));
    }

    public SearchPage<ModelDetail> searchModels(String filterText, List<String> orderBy, int maxResults, String pageToken) {
        SearchFilter filter = SearchFilter.parse(filterText, MODEL_FIELDS);
        FieldReader<ModelDetail> reader = (model, field) -> field.kind() == SearchField.Kind.TAG
                ? model.tags().get(field.key()) : switch (field.key()) {
                    case "name" -> model.model().name();
                    case "creation_timestamp" -> model.model().createdAt().toEpochMilli();
                    default -> model.model().updatedAt().toEpochMilli();
                };
        Comparator<ModelDetail> byName = Comparator.comparing(model -> model.model().name());
        return SearchPage.of(database.read(rows::models).stream().filter(model -> filter.test(model, reader))
                .sorted(OrderBy.parse(orderBy, MODEL_FIELDS).comparator(reader, byName)).toList(),
                pageToken, maxResults);
    }

    public ModelDetail renameModel(String name, String newName) {
        LoggingRules.name("new_name", newName);
        return database.inTransaction(c -> {
            rows.model(c, name);
            refuseIfServed(c, name, null, "renamed");
            if (rows.modelExists(c, newName)) {
                throw new PlatformException(ErrorCode.ALREADY_EXISTS, "Registered model (name=" + newName
                        + ") already exists.");
            }
            rows.rename(c, name, newName);
            return rows.model(c, newName);
        });
    }

    public ModelDetail describeModel(String name, String description) {
        return database.inTransaction(c -> {
            rows.model(c, name);
            rows.describeModel(c, name, description == null ? "" : description);
            return rows.model(c, name);
        });
    }

    public void deleteModel(String name) {
        database.inTransaction(c -> {
            rows.model(c, name);
            refuseIfServed(c, name, null, "deleted");
            rows.deleteModel(c, name);
            return null;
        });
    }

    public void setModelTag(String name, String key, String value) {
        checkTag(key, value);
        database.inTransaction(c -> {
            rows.model(c, name);
            rows.setModelTag(c, name, key, value);
            return null;
        });
    }

    public void deleteModelTag(String name, String key) {
        database.inTransaction(c -> {
            rows.model(c, name);
            if (!rows.deleteModelTag(c, name, key)) {
                throw PlatformException.notFound("tag on registered model " + name, key);
            }
            return null;
        });
    }

    // ---- versions

    /** Registers a version kept at {@code source}; the run, when named, must exist. */
    public VersionDetail createVersion(NewVersion request) {
        LoggingRules.name("name", request.model());
        if (request.source() == null || request.source().isBlank()) {
            throw PlatformException.invalid("Missing value for required parameter 'source': say where the model is.");
        }
        request.tags().forEach(ModelCatalog::checkTag);
        return database.inTransaction(c -> {
            RunInfo run = request.runId() == null || request.runId().isEmpty() ? null : runs.get(c, request.runId());
            ModelVersion created = registry.registerExternal(c, request, run == null ? null : run.datasetId(),
                    run == null ? null : run.datasetSha256());
            for (Map.Entry<String, String> tag : request.tags().entrySet()) {
                rows.setVersionTag(c, created.model(), created.version(), tag.getKey(), tag.getValue());
            }
            return rows.version(c, created.model(), created.version());
        });
    }

    public VersionDetail version(String name, int version) {
        return database.read(c -> rows.version(c, name, version));
    }

    public List<VersionDetail> versions(String name) {
        return database.read(c -> {
            rows.model(c, name);
            return rows.versions(c, name);
        });
    }

    public SearchPage<VersionDetail> searchVersions(String filterText, List<String> orderBy, int maxResults,
                                              String pageToken) {
        SearchFilter filter = SearchFilter.parse(filterText, VERSION_FIELDS);
        FieldReader<VersionDetail> reader = (detail, field) -> field.kind() == SearchField.Kind.TAG
                ? detail.tags().get(field.key()) : versionAttribute(detail, field.key());
        return SearchPage.of(database.read(rows::allVersions).stream().filter(version -> filter.test(version, reader))
                .sorted(OrderBy.parse(orderBy, VERSION_FIELDS).comparator(reader, CatalogRows.newestFirst())).toList(),
                pageToken, maxResults);
    }

    private static Object versionAttribute(VersionDetail detail, String key) {
        ModelVersion version = detail.version();
        return switch (key) {
            case "name" -> version.model();
            case "version_number" -> (long) version.version();
            case "run_id" -> version.runId();
            case "source_path" -> detail.source();
            case "current_stage" -> StageNames.of(version.stage());
            case "creation_timestamp" -> version.createdAt().toEpochMilli();
            default -> detail.updatedAt().toEpochMilli();
        };
    }

    public VersionDetail describeVersion(String name, int version, String description) {
        return database.inTransaction(c -> {
            rows.version(c, name, version);
            rows.describeVersion(c, name, version, description == null ? "" : description);
            return rows.version(c, name, version);
        });
    }

    /** Moves a version to {@code stage}; with {@code archiveExisting}, the others in that stage are archived. */
    public VersionDetail transition(String name, int version, Stage stage, boolean archiveExisting) {
        return database.inTransaction(c -> {
            registry.setStage(c, name, version, stage);
            if (archiveExisting && (stage == Stage.STAGING || stage == Stage.PRODUCTION)) {
                rows.archiveOthers(c, name, version, stage);
            }
            return rows.version(c, name, version);
        });
    }

    /** The latest version in each of {@code stages} (every stage when empty), oldest stage first. */
    public List<VersionDetail> latestVersions(String name, List<Stage> stages) {
        return model(name).latestVersions().stream()
                .filter(v -> stages.isEmpty() || stages.contains(v.version().stage())).toList();
    }

    public void deleteVersion(String name, int version) {
        database.inTransaction(c -> {
            rows.version(c, name, version);
            refuseIfServed(c, name, version, "deleted");
            rows.deleteVersion(c, name, version);
            return null;
        });
    }

    public void setVersionTag(String name, int version, String key, String value) {
        checkTag(key, value);
        database.inTransaction(c -> {
            rows.version(c, name, version);
            rows.setVersionTag(c, name, version, key, value);
            return null;
        });
    }

    public void deleteVersionTag(String name, int version, String key) {
        database.inTransaction(c -> {
            rows.version(c, name, version);
            if (!rows.deleteVersionTag(c, name, version, key)) {
                throw PlatformException.notFound("tag on " + name + " version " + version, key);
            }
            return null;
        });
    }

    /** Where the version's model can be fetched from: its source. */
    public String downloadUri(String name, int version) {
        return version(name, version).source();
    }

    // ---- aliases

    public void setAlias(String name, String alias, int version) {
        checkAlias(alias);
        database.inTransaction(c -> {
            rows.version(c, name, version);
            rows.setAlias(c, name, alias, version);
            return null;
        });
    }

    public void deleteAlias(String name, String alias) {
        database.inTransaction(c -> {
            rows.model(c, name);
            if (!rows.deleteAlias(c, name, alias)) {
                throw PlatformException.notFound("alias of registered model " + name, alias);
            }
            return null;
        });
    }

    public VersionDetail versionByAlias(String name, String alias) {
        return database.read(c -> {
            rows.model(c, name);
            Integer version = rows.aliasTarget(c, name, alias);
            if (version == null) {
                throw PlatformException.notFound("alias of registered model " + name, alias);
            }
            return rows.version(c, name, version);
        });
    }

    private void refuseIfServed(Connection connection, String name, Integer version, String change)
            throws SQLException {
        List<String> deployments = rows.deploymentsOf(connection, name, version);
        if (!deployments.isEmpty()) {
            throw PlatformException.invalid((version == null ? "Model '" + name + "'" : "Version " + version
                    + " of '" + name + "'") + " cannot be " + change + " while deployment(s) " + deployments
                    + " serve it. Point them at another model first.");
        }
    }

    private static void checkTag(String key, String value) {
        LoggingRules.key("tag", key);
        if (value == null || value.length() > LoggingRules.MAX_EXPERIMENT_TAG_VALUE_LENGTH) {
            throw PlatformException.invalid("The value of the tag '" + key + "' must be given and at most "
                    + LoggingRules.MAX_EXPERIMENT_TAG_VALUE_LENGTH + " characters long.");
        }
    }

    private static void checkAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches() || RESERVED_ALIAS.matcher(alias).matches()) {
            throw PlatformException.invalid("Invalid alias '" + alias + "': use 1 to 255 letters, digits, "
                    + "underscores or dashes; 'latest' and 'v' followed by digits are reserved.");
        }
    }
}
