package io.sightline.app.controls;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The workflow diagram is a picture of any flow: it knows nothing of the engine's records. */
@AnalyzeClasses(packages = "io.sightline.app.controls", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowDiagramArchitectureTest {

    @ArchTest
    static final ArchRule diagramIndependentOfTheEngine = noClasses()
            .that().haveSimpleNameStartingWith("Workflow").or().haveSimpleNameStartingWith("Step")
            .should().dependOnClassesThat().resideInAPackage("io.sightline.engine..")
            .because("the flows page maps the engine's records to the diagram's model; the diagram stays reusable");
}
