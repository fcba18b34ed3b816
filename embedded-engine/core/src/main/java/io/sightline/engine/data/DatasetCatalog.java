package io.sightline.engine.data;

import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Imported datasets in the database: name, the SHA-256 of their stored bytes, and their profile. */
public final class DatasetCatalog {

    /** What is stored as the profile of a dataset. */
    record StoredProfile(List<ColumnProfile> columns, List<DataIssue> issues) {
    }

    public void insert(Connection connection, DatasetInfo dataset) throws SQLException {
        Sql.update(connection, """
                INSERT INTO dataset (id, name, sha256, size_bytes, row_count, default_target, profile_json, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                dataset.id(), dataset.name(), dataset.sha256(), dataset.sizeBytes(), dataset.rows(),
                dataset.defaultTarget(), Json.write(new StoredProfile(dataset.columns(), dataset.issues())),
                dataset.importedAt());
    }

    public List<DatasetInfo> list(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT * FROM dataset ORDER BY imported_at DESC", DatasetCatalog::read);
    }

    public DatasetInfo get(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM dataset WHERE id = ?", DatasetCatalog::read, id)
                .orElseThrow(() -> PlatformException.notFound("dataset", id));
    }

    /** How many datasets refer to the stored bytes with this SHA-256. */
    public int countBySha(Connection connection, String sha256) throws SQLException {
        return Sql.one(connection, "SELECT COUNT(*) AS n FROM dataset WHERE sha256 = ?", row -> row.getInt("n"), sha256)
                .orElse(0);
    }

    private static DatasetInfo read(ResultSet row) throws SQLException {
        StoredProfile profile = Json.read(row.getString("profile_json"), StoredProfile.class);
        return new DatasetInfo(row.getString("id"), row.getString("name"), row.getString("sha256"),
                row.getLong("row_count"), row.getLong("size_bytes"), profile.columns(),
                row.getString("default_target"), profile.issues(), Sql.instant(row, "imported_at"));
    }
}
