package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Projects;
import io.sightline.engine.server.openapi.DocumentedRoute;
import io.sightline.engine.server.openapi.Shape;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.Wire;
import java.util.List;

/** The part of the route table for projects and the project each registered model belongs to. */
final class ProjectEndpoints {
    private final Projects projects;

    private ProjectEndpoints(Projects projects) {
        this.projects = projects;
    }

    static List<DocumentedRoute> of(Projects projects) {
        ProjectEndpoints handlers = new ProjectEndpoints(projects);
        String api = Wire.API;
        return List.of(
                DocumentedRoute.get(api + "/projects", handlers::list).tag("projects").paged()
                        .summary("Every project by name, with its owner (none for the default project)")
                        .returns(Shape.pageOf(Project.class)),
                DocumentedRoute.post(api + "/projects", handlers::create).tag("projects").status(201)
                        .summary("Creates a project with its owner, the person who approves what leaves it")
                        .accepts(Shape.json(NewProject.class)).returns(Shape.json(Project.class)),
                DocumentedRoute.get(api + "/projects/{name}", handlers::get).tag("projects")
                        .summary("One project").returns(Shape.json(Project.class)),
                DocumentedRoute.get(api + "/models/{name}/project", handlers::projectOf).tag("projects")
                        .summary("The project a registered model belongs to").returns(Shape.json(Project.class)),
                DocumentedRoute.put(api + "/models/{name}/project", handlers::setModelProject).tag("projects")
                        .summary("Moves a registered model into another project, which must exist")
                        .accepts(Shape.json(Requests.ProjectChange.class)).returns(Shape.json(Project.class)));
    }

    private void list(Context ctx) {
        ctx.json(Params.page(ctx, projects.projects()));
    }

    private void create(Context ctx) {
        ctx.status(201).json(projects.createProject(Bodies.read(ctx, NewProject.class, "name")));
    }

    private void get(Context ctx) {
        ctx.json(projects.project(ctx.pathParam("name")));
    }

    private void projectOf(Context ctx) {
        ctx.json(projects.projectOf(ctx.pathParam("name")));
    }

    private void setModelProject(Context ctx) {
        Requests.ProjectChange change = Bodies.read(ctx, Requests.ProjectChange.class, "project");
        ctx.json(projects.setModelProject(ctx.pathParam("name"), change.project()));
    }
}
