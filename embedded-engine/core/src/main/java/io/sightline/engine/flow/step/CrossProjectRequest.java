package io.sightline.engine.flow.step;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Project;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/**
 * The request: records who asks for which version of which project's model, for which target project and model
 * name, and refuses at once what could never be approved or imported (a source project without an owner, a
 * requester who owns the source, a target that is the source's project, or a target model of another project).
 */
final class CrossProjectRequest implements StepAction {
    private final CrossProjectActions parts;

    CrossProjectRequest(CrossProjectActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "cross-project-request";
    }

    @Override
    public StepResult run(StepInput input) {
        ModelVersion source = parts.source(input);
        Project from = parts.sourceProject(input);
        Project to = parts.projects().project(input.parameter("targetProject"));
        String targetModel = input.parameter("targetModel").strip();
        if (from.owner() == null) {
            return StepResult.failed("The project '" + from.name() + "' has no owner to approve letting "
                    + source.ref() + " out: move the model into a project with an owner first.", Map.of());
        }
        if (from.ownedBy(input.startedBy())) {
            return StepResult.failed(input.startedBy() + " owns the project '" + from.name() + "', and the owner"
                    + " approves this request, never the person who asks: ask someone of '" + to.name()
                    + "' to request it.", Map.of());
        }
        if (from.name().equals(to.name())) {
            return StepResult.failed(source.ref() + " is in '" + to.name() + "' already: release it with the"
                    + " same-project flow.", Map.of());
        }
        try {
            Project holding = parts.projects().projectOf(targetModel);
            if (!holding.name().equals(to.name())) {
                return StepResult.failed("The model '" + targetModel + "' belongs to the project '" + holding.name()
                        + "', not to '" + to.name() + "': choose another target model name.", Map.of());
            }
        } catch (PlatformException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            } // else no model of that name yet: the import creates it in the target project
        }
        return StepResult.passed(input.startedBy() + " asks to use " + source.ref() + " of '" + from.name() + "' as "
                + targetModel + " in '" + to.name() + "'; " + from.owner() + " approves.", Map.of(
                        "requestedBy", input.startedBy(), "sourceProject", from.name(), "sourceOwner", from.owner(),
                        "sourceModel", source.model(), "sourceVersion", String.valueOf(source.version()),
                        "targetProject", to.name(), "targetModel", targetModel));
    }
}
