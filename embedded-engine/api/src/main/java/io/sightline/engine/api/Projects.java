package io.sightline.engine.api;

import java.util.List;

/**
 * Projects and the models in them: each registered model belongs to one project ({@link Project#DEFAULT} unless
 * moved), whose owner approves what leaves it.
 */
public interface Projects {

    /** Every project, by name, the default one included. */
    List<Project> projects();

    Project project(String name);

    /** Creates a project; a name already taken is refused ({@link ErrorCode#ALREADY_EXISTS}). */
    Project createProject(NewProject project);

    /** The project the registered model {@code model} belongs to. */
    Project projectOf(String model);

    /** Moves the registered model {@code model} into the project {@code project}, which must exist. */
    Project setModelProject(String model, String project);
}
