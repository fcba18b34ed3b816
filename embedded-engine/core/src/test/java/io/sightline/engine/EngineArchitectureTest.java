package io.sightline.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's dependency directions: no screen, no HTTP client, no console or simulator code in it. */
@AnalyzeClasses(packages = "io.sightline.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoUserInterface = noClasses().that().resideInAPackage("io.sightline.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "io.sightline.app..",
                    "io.sightline.simulator..")
            .because("the engine runs without a screen, as a library or a headless server");

    @ArchTest
    static final ArchRule seamDependsOnNothingButTheJdk = classes().that().resideInAPackage("io.sightline.engine.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.sightline.engine.api..",
                    "com.fasterxml.jackson.annotation..")
            .because("the Platform seam is shared by every implementation and client");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheComposition = noClasses()
            .that().resideInAnyPackage("io.sightline.engine.data..", "io.sightline.engine.train..",
                    "io.sightline.engine.store..", "io.sightline.engine.registry..", "io.sightline.engine.track..",
                    "io.sightline.engine.cluster..", "io.sightline.engine.jobs..", "io.sightline.engine.serve..",
                    "io.sightline.engine.monitor..", "io.sightline.engine.alert..", "io.sightline.engine.strategy..",
                    "io.sightline.engine.explain..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.sightline.engine.LocalPlatform")
            .because("feature packages are wired together by LocalPlatform, not the other way round");
}
