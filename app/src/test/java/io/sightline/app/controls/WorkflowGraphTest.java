package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowGraphTest {
    private static final Step A = new Step("a", "Train", StepKind.ACTION);
    private static final Step B = new Step("b", "Check", StepKind.GATE);
    private static final Step C = new Step("c", "Ship", StepKind.ACTION);

    @Test
    void ordersEveryStepAfterTheStepsThatLeadToIt() {
        WorkflowGraph graph = WorkflowGraph.of(List.of(C, B, A), List.of(new Edge("a", "b"), new Edge("b", "c", "passed")));

        assertThat(graph.topologicalOrder()).containsExactly(A, B, C);
        assertThat(graph.outgoing("b")).containsExactly(new Edge("b", "c", "passed"));
        assertThat(graph.incoming("b")).containsExactly(new Edge("a", "b"));
        assertThat(graph.step("c")).contains(C);
        assertThat(graph.contains("d")).isFalse();
    }

    @Test
    void refusesACircleAndNamesIt() {
        assertThatThrownBy(() -> WorkflowGraph.of(List.of(A, B, C),
                List.of(new Edge("a", "b"), new Edge("b", "c"), new Edge("c", "a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The flow goes round in a circle: a → b → c → a. A workflow must always move on to a later step.");
    }

    @Test
    void refusesAnEdgeToAStepThatIsNotThere() {
        assertThatThrownBy(() -> WorkflowGraph.of(List.of(A, B), List.of(new Edge("a", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The edge from 'a' to 'x' names 'x', which is not a step of this flow.");
    }

    @Test
    void refusesTwoStepsWithOneId() {
        assertThatThrownBy(() -> WorkflowGraph.of(List.of(A, new Step("a", "Again", StepKind.WAIT)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two steps have the id 'a'; each step needs its own.");
    }

    @Test
    void refusesAStepLeadingToItselfOrTheSameEdgeTwice() {
        assertThatThrownBy(() -> WorkflowGraph.of(List.of(A), List.of(new Edge("a", "a"))))
                .hasMessage("The step 'a' cannot lead to itself.");
        assertThatThrownBy(() -> WorkflowGraph.of(List.of(A, B), List.of(new Edge("a", "b"), new Edge("a", "b", "passed"))))
                .hasMessage("The step 'a' leads to 'b' twice; one edge is enough.");
    }

    @Test
    void refusesAStepWithoutAnIdAndTitlesAStepWithoutATitleByItsId() {
        assertThatThrownBy(() -> new Step(" ", "Deploy", StepKind.ACTION))
                .hasMessage("Every step needs an id; the step titled 'Deploy' has none.");
        assertThat(new Step("deploy", null, StepKind.ACTION).title()).isEqualTo("deploy");
    }
}
