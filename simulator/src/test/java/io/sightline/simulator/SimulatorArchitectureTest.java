package io.sightline.simulator;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.sightline.engine.api.Platform;

/** The simulator reaches a platform exactly as any client does: through the engine's api package only. */
@AnalyzeClasses(packages = "io.sightline.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorArchitectureTest {

    @ArchTest
    static final ArchRule engineOnlyThroughTheSeam = noClasses()
            .that().resideInAPackage("io.sightline.simulator..")
            .should().dependOnClassesThat(resideInAPackage("io.sightline.engine..")
                    .and(resideOutsideOfPackage("io.sightline.engine.api..")))
            .because("the simulator drives any Platform, embedded or remote, as real traffic would");

    @ArchTest
    static final ArchRule noScreenNoConsole = noClasses()
            .that().resideInAPackage("io.sightline.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.sightline.app..", "java.sql..",
                    "org.tribuo..")
            .because("the world runs without a screen and knows nothing of storage or learning");

    @ArchTest
    static final ArchRule worldKnowsNoPlatform = noClasses()
            .that().resideInAnyPackage("io.sightline.simulator.world..", "io.sightline.simulator.scenario..",
                    "io.sightline.simulator.stream..")
            .should().dependOnClassesThat().resideInAPackage("io.sightline.engine..")
            .because("the world and its timeline are pure and seeded; only the live run and the setup call a platform");

    @ArchTest
    static final ArchRule partsDependOnFacets = noClasses()
            .that().resideInAPackage("io.sightline.simulator..")
            .and().doNotHaveFullyQualifiedName(MarketplaceSimulator.class.getName())
            .should().dependOnClassesThat().areAssignableTo(Platform.class)
            .because("only the entry point takes a whole Platform; each part depends on the facets it uses");
}
