package io.sightline.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.sightline.app.demo.DemoPreferences;
import io.sightline.app.shell.ShellPreferences;
import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.health.OshiHostProbe;
import io.sightline.engine.api.Platform;

/** The console's dependency directions: the engine only through its seam, MVVM kept apart. */
@AnalyzeClasses(packages = "io.sightline.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineOnlyThroughTheSeam = noClasses()
            .that().resideInAPackage("io.sightline.app..")
            .and().doNotHaveFullyQualifiedName(ConsoleComposition.class.getName())
            .and().resideOutsideOfPackage("io.sightline.app.remote..")
            .should().dependOnClassesThat(resideInAPackage("io.sightline.engine..")
                    .and(resideOutsideOfPackage("io.sightline.engine.api.."))
                    .and(resideOutsideOfPackage("io.sightline.engine.sentence..")))
            .because("the console talks to the engine only through the Platform interface and its records (and"
                    + " reads rules with the seam's sentence parser); only the composition root may create the"
                    + " embedded engine");

    @ArchTest
    static final ArchRule remoteClientSpeaksOnlyTheWireContract = noClasses()
            .that().resideInAPackage("io.sightline.app.remote..")
            .should().dependOnClassesThat(resideInAPackage("io.sightline.engine..")
                    .and(resideOutsideOfPackage("io.sightline.engine.api.."))
                    .and(resideOutsideOfPackage("io.sightline.engine.wire..")))
            .because("the remote client shares with the server only the seam and the HTTP contract");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and rules; views build the nodes");

    @ArchTest
    static final ArchRule viewModelsDependOnFacets = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo(Platform.class)
            .because("a view model depends on the facets it uses");

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses()
            .that().resideInAPackage("io.sightline.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging..",
                    "org.apache.commons.logging..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(System.Logger.class.getName())
            .because("the console logs through SLF4J, as the engine does");

    @ArchTest
    static final ArchRule viewsTouchNoStorageOrLearning = noClasses()
            .that().resideInAPackage("io.sightline.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.tribuo..", "org.h2..",
                    "ml.dmlc.xgboost4j..")
            .because("views and view models reach storage and models only through the Platform");

    @ArchTest
    static final ArchRule httpOnlyInTheRemoteClient = noClasses()
            .that().resideInAPackage("io.sightline.app..").and().resideOutsideOfPackage("io.sightline.app.remote..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "io.javalin..")
            .because("only the remote client speaks HTTP; everything else sees a Platform");

    @ArchTest
    static final ArchRule hostFiguresOnlyThroughTheProbe = noClasses()
            .that().resideInAPackage("io.sightline.app..")
            .and().doNotHaveFullyQualifiedName(OshiHostProbe.class.getName())
            .should().dependOnClassesThat().resideInAPackage("oshi..")
            .because("one probe measures this computer; the rest of the console asks it through HostProbe");

    @ArchTest
    static final ArchRule settingsOnlyThroughTheirStores = noClasses()
            .that().resideInAPackage("io.sightline.app..")
            .and().doNotHaveFullyQualifiedName(ConsoleComposition.class.getName())
            .and().doNotHaveFullyQualifiedName(ShellPreferences.class.getName())
            .and().doNotHaveFullyQualifiedName(PlatformProfiles.class.getName())
            .and().doNotHaveFullyQualifiedName(DemoPreferences.class.getName())
            .should().dependOnClassesThat().resideInAPackage("java.util.prefs..")
            .because("what the console remembers, tokens included, is read and written in one place each");

    @ArchTest
    static final ArchRule shellPartsDoNotReachBackIntoTheShell = noClasses()
            .that().resideInAnyPackage("io.sightline.app.shell.connect..", "io.sightline.app.shell.health..")
            .should().dependOnClassesThat().resideInAPackage("io.sightline.app.shell")
            .because("the main window is built from its parts, not the other way round");
}
