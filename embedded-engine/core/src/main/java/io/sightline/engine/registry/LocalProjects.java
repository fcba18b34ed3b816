package io.sightline.engine.registry;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Projects;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The projects of this engine and the project each registered model belongs to, in its database. */
public final class LocalProjects implements Projects {
    private final Database database;

    public LocalProjects(Database database) {
        this.database = database;
    }

    @Override
    public List<Project> projects() {
        return database.read(c -> Sql.list(c, "SELECT * FROM project ORDER BY name", LocalProjects::read));
    }

    @Override
    public Project project(String name) {
        return database.read(c -> project(c, name));
    }

    @Override
    public Project createProject(NewProject project) {
        return database.inTransaction(c -> {
            if (Sql.one(c, "SELECT * FROM project WHERE LOWER(name) = LOWER(?)", LocalProjects::read,
                    project.name()).isPresent()) {
                throw new PlatformException(ErrorCode.ALREADY_EXISTS, "There is already a project called '"
                        + project.name() + "'.");
            }
            Sql.update(c, "INSERT INTO project (name, owner, created_at) VALUES (?, ?, ?)", project.name(),
                    project.owner(), Timestamps.now());
            return project(c, project.name());
        });
    }

    @Override
    public Project projectOf(String model) {
        return database.read(c -> project(c, projectName(c, model)));
    }

    @Override
    public Project setModelProject(String model, String project) {
        return database.inTransaction(c -> {
            projectName(c, model);
            Project target = project(c, project);
            Sql.update(c, "UPDATE registered_model SET project = ?, updated_at = ? WHERE name = ?", target.name(),
                    Timestamps.now(), model);
            return target;
        });
    }

    private static String projectName(Connection c, String model) throws SQLException {
        return Sql.one(c, "SELECT project FROM registered_model WHERE name = ?", row -> row.getString("project"),
                model).orElseThrow(() -> PlatformException.notFound("registered model", model));
    }

    private static Project project(Connection c, String name) throws SQLException {
        return Sql.one(c, "SELECT * FROM project WHERE name = ?", LocalProjects::read, name)
                .orElseThrow(() -> PlatformException.notFound("project", name));
    }

    private static Project read(ResultSet row) throws SQLException {
        return new Project(row.getString("name"), row.getString("owner"), Sql.instant(row, "created_at"));
    }
}
