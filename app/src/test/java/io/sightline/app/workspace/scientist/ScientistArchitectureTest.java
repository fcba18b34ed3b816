package io.sightline.app.workspace.scientist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workspace's ViewModels and the records they expose stay free of nodes, so they are testable without a screen. */
class ScientistArchitectureTest {
    private static final JavaClasses WORKSPACE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sightline.app.workspace.scientist", "io.sightline.app.text");

    @Test
    void viewModelsAndTheirRecordsDoNotTouchNodes() {
        noClasses().that().resideInAnyPackage("io.sightline.app.workspace.scientist", "io.sightline.app.text")
                .and().haveSimpleNameNotEndingWith("View")
                .and().doNotHaveSimpleName("Sections")
                .and().doNotHaveSimpleName("ScientistWorkspace")
                .and().haveNameNotMatching(".*View\\$.*")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("ViewModels own state and formatting; only Views build nodes (GUIDE §4)")
                .check(WORKSPACE);
    }
}
