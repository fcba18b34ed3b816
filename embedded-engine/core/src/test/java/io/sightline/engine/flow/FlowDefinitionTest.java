package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowDefinitionTest {

    private static FlowStep action(String id) {
        return new FlowStep(id, null, StepKind.ACTION, "pass", Map.of());
    }

    private static FlowEdge edge(String from, String to) {
        return new FlowEdge(from, to, EdgeCondition.ON_PASS);
    }

    @Test
    void refusesTwoStartsACycleAndUnknownSteps() {
        assertThatThrownBy(() -> new FlowDefinition("f", "F", null, List.of(action("a"), action("b")), List.of(), null))
                .isInstanceOf(PlatformException.class).hasMessageContaining("exactly one step");
        assertThatThrownBy(() -> new FlowDefinition("f", "F", null, List.of(action("a"), action("b"), action("c")),
                List.of(edge("a", "b"), edge("b", "c"), edge("c", "b")), null))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> new FlowDefinition("f", "F", null, List.of(action("a")), List.of(edge("a", "z")), null))
                .hasMessageContaining("no step called 'z'");
    }

    @Test
    void refusesAnActionTheEngineDoesNotHave() {
        FlowDefinition definition = new FlowDefinition("f", "F", null, List.of(action("a")), List.of(), null);
        assertThatThrownBy(() -> new FlowLibrary(List.of(definition), new StepActions(List.of())))
                .hasMessageContaining("runs the action 'pass'");
    }

    @Test
    void refusesAParameterTheDefinitionDoesNotDeclare() {
        FlowDefinition definition = new FlowDefinition("f", "F", null, List.of(action("a")), List.of(),
                Map.of("share", "0.1"));
        assertThat(definition.parametersWith(Map.of("share", "0.2"))).containsEntry("share", "0.2");
        assertThatThrownBy(() -> definition.parametersWith(Map.of("shares", "0.2")))
                .hasMessageContaining("no parameter called 'shares'");
    }

    @Test
    void theBuiltInFlowLoads() {
        FlowDefinition sameProject = FlowLibrary.read("flows/same-project.json");
        assertThat(sameProject.start().id()).isEqualTo("register");
        assertThat(sameProject.incoming("rollback")).hasSizeGreaterThan(5);
        FlowDefinition crossProject = FlowLibrary.read("flows/cross-project.json");
        assertThat(crossProject.start().id()).isEqualTo("request");
        assertThat(crossProject.step("approval").parameters()).containsEntry("approvers", "owner-of-source");
        assertThat(crossProject.incoming("withdraw")).extracting(FlowEdge::from)
                .containsExactly("request", "approval", "export", "import", "verify");
    }
}
