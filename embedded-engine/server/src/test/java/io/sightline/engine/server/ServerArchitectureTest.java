package io.sightline.engine.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server depends on the seam's facets, not on the engine that implements them. */
@AnalyzeClasses(packages = "io.sightline.engine.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

    @ArchTest
    static final ArchRule serverDoesNotDependOnTheEmbeddedEngine = noClasses()
            .that().resideInAPackage("io.sightline.engine.server..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.sightline.engine.LocalPlatform")
            .because("the server serves any platform through its facets; the engine is chosen where it is opened");

    @ArchTest
    static final ArchRule handlersTakeOnlyTheFacetsTheyUse = noClasses()
            .that().haveSimpleNameEndingWith("Handlers")
            .or().resideInAnyPackage("io.sightline.engine.server.oip..", "io.sightline.engine.server.mlflow..",
                    "io.sightline.engine.server.events..", "io.sightline.engine.server.metrics..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.sightline.engine.api.Platform")
            .because("a handler group depends on the facets it uses, so what it can reach is plain from its constructor");
}
