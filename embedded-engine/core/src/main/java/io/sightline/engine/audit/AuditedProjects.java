package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Projects;
import java.util.List;

/** Projects whose creation and models moved between them are recorded in the audit log. */
final class AuditedProjects implements Projects {
    private final Projects projects;
    private final AuditTrail trail;

    AuditedProjects(Projects projects, AuditTrail trail) {
        this.projects = projects;
        this.trail = trail;
    }

    @Override
    public List<Project> projects() {
        return projects.projects();
    }

    @Override
    public Project project(String name) {
        return projects.project(name);
    }

    @Override
    public Project createProject(NewProject project) {
        return trail.record("project.create", "project " + project.name(), null, null,
                () -> projects.createProject(project), created -> state("owner", created.owner()));
    }

    @Override
    public Project projectOf(String model) {
        return projects.projectOf(model);
    }

    @Override
    public Project setModelProject(String model, String project) {
        Project before = projects.projectOf(model);
        return trail.record("project.move-model", "model " + model, null, state("project", before.name()),
                () -> projects.setModelProject(model, project), moved -> state("project", moved.name()));
    }
}
