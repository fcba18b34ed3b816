package io.sightline.engine.flow.step;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Projects;
import io.sightline.engine.flow.ApprovalRule;
import java.util.Optional;

/**
 * Only the owner of the project the flow's model (the source) belongs to decides; a project without an owner lets
 * nobody decide. The flow's starter is refused before this rule is asked, as for every approval.
 */
final class OwnerOfSource implements ApprovalRule {
    private final Projects projects;

    OwnerOfSource(Projects projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "owner-of-source";
    }

    @Override
    public String whoMayDecide(Flow flow) {
        Project source = projects.projectOf(flow.subject().model());
        return source.owner() == null ? "an owner of the project '" + source.name() + "' (it has none yet)"
                : source.owner() + ", the owner of the project '" + source.name() + "'";
    }

    @Override
    public Optional<String> refusal(Flow flow, String person) {
        Project source = projects.projectOf(flow.subject().model());
        if (source.owner() == null) {
            return Optional.of("The project '" + source.name() + "' that " + flow.subject().model() + " belongs to has"
                    + " no owner, so nobody can approve letting it out: move the model into a project with an owner.");
        }
        if (!source.ownedBy(person)) {
            return Optional.of("Only " + source.owner() + ", the owner of the project '" + source.name() + "' that "
                    + flow.subject().model() + " belongs to, may decide this step; " + person + " may not.");
        }
        return Optional.empty();
    }
}
