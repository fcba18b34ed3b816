package io.sightline.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.FakeRemotePlatform;
import io.sightline.app.InMemoryPreferences;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private static final RemoteProfile PROD = new RemoteProfile("Production", URI.create("https://prod.example.com"), "t");

    private final InMemoryPreferences node = new InMemoryPreferences();
    private final ShellPreferences preferences = new ShellPreferences(node);
    private final PlatformProfiles profiles = new PlatformProfiles(node.node("platforms"));
    private final FakeRemotePlatform embedded = new FakeRemotePlatform("/data/sightline");
    private final FakeSessions sessions = new FakeSessions();

    /** Opens what the test scripts and makes one recording workspace per persona on it. */
    private static final class FakeSessions implements SessionFactory {
        final List<RecordingWorkspace> made = new ArrayList<>();
        List<Persona> personas = List.of(Persona.ANALYST);
        Platform next;
        RuntimeException failure;

        @Override
        public Platform connect(PlatformTarget target) {
            if (failure != null) {
                throw failure;
            }
            return next;
        }

        @Override
        public WorkspaceRegistry workspacesOn(Platform platform) {
            List<RecordingWorkspace> workspaces = personas.stream().map(p -> new RecordingWorkspace(p, platform)).toList();
            made.addAll(workspaces);
            return new WorkspaceRegistry(workspaces);
        }
    }

    private ShellViewModel shell(List<Persona> personas) {
        sessions.personas = personas;
        ConsoleSession first = new ConsoleSession(EmbeddedEngine.INSTANCE, embedded, sessions.workspacesOn(embedded));
        return new ShellViewModel(first, sessions, profiles, new CurrentThreadTaskExecutor(), preferences);
    }

    @Test
    void offersOnlyThePersonasThatHaveAWorkspace() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST));
        shell.select(Persona.EXECUTIVE);

        assertThat(shell.personas()).containsExactly(Persona.ANALYST);
        assertThat(shell.selectedPersonaProperty().get()).isEqualTo(Persona.ANALYST);
    }

    @Test
    void registryListsPersonasInPersonaOrderAndRefusesTwoWorkspacesForOne() {
        WorkspaceRegistry registry = new WorkspaceRegistry(List.of(new RecordingWorkspace(Persona.DATA_SCIENTIST, embedded),
                new RecordingWorkspace(Persona.ANALYST, embedded)));

        assertThat(registry.personas()).containsExactly(Persona.ANALYST, Persona.DATA_SCIENTIST);
        assertThatThrownBy(() -> new WorkspaceRegistry(List.of(new RecordingWorkspace(Persona.ANALYST, embedded),
                new RecordingWorkspace(Persona.ANALYST, embedded)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remembersTheLastPersonaAndTheTheme() {
        ShellViewModel first = shell(List.of(Persona.ANALYST, Persona.DATA_SCIENTIST));
        first.select(Persona.DATA_SCIENTIST);
        first.toggleTheme();

        ShellViewModel next = shell(List.of(Persona.ANALYST, Persona.DATA_SCIENTIST));

        assertThat(next.selectedPersonaProperty().get()).isEqualTo(Persona.DATA_SCIENTIST);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void aRememberedPersonaWithoutWorkspaceFallsBackToTheFirst() {
        preferences.saveLastPersona(Persona.EXECUTIVE);

        assertThat(shell(List.of(Persona.ANALYST)).selectedPersonaProperty().get()).isEqualTo(Persona.ANALYST);
    }

    @Test
    void remembersWhereTheWindowWasButIgnoresNonsense() {
        preferences.saveWindowPlacement(new WindowPlacement(10, 20, 1200, 800, true));
        assertThat(preferences.windowPlacement()).contains(new WindowPlacement(10, 20, 1200, 800, true));

        preferences.saveWindowPlacement(new WindowPlacement(10, 20, 3, 4, false));
        assertThat(preferences.windowPlacement()).isEmpty();
    }

    @Test
    void choosingAPersonaLeavesTheShellsPagesForTheWorkspace() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST, Persona.DATA_SCIENTIST));
        shell.showPage(ShellPage.SYSTEM_HEALTH);
        assertThat(shell.pageProperty().get()).isEqualTo(ShellPage.SYSTEM_HEALTH);

        shell.select(Persona.ANALYST);

        assertThat(shell.pageProperty().get()).isEqualTo(ShellPage.WORKSPACE);
    }

    @Test
    void switchingMakesNewWorkspacesOnTheNewPlatformClosesTheOldOnesAndIsRemembered() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST, Persona.DATA_SCIENTIST));
        List<RecordingWorkspace> before = List.copyOf(sessions.made);
        FakeRemotePlatform prod = new FakeRemotePlatform("https://prod.example.com");
        sessions.next = prod;

        shell.switchTo(PROD);

        ConsoleSession now = shell.sessionProperty().get();
        assertThat(now.target()).isEqualTo(PROD);
        assertThat(now.platform()).isSameAs(prod);
        assertThat(now.workspaces().workspaces()).hasSize(2).allSatisfy(w -> {
            assertThat(before).doesNotContain((RecordingWorkspace) w);
            assertThat(((RecordingWorkspace) w).platform).isSameAs(prod);
        });
        assertThat(before).allSatisfy(w -> assertThat(w.closed).isTrue());
        assertThat(embedded.closed()).isTrue();
        assertThat(profiles.lastChoice()).contains(PROD.key());
        assertThat(shell.problemProperty().get()).isEmpty();
        assertThat(shell.switchingProperty().get()).isFalse();
    }

    @Test
    void aFailedConnectionKeepsTheConsoleWhereItWasAndSaysWhy() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST));
        ConsoleSession before = shell.sessionProperty().get();
        sessions.failure = new PlatformException(ErrorCode.UNAVAILABLE,
                "Nothing answers at https://prod.example.com. Check the address and that the server is running.");

        shell.switchTo(PROD);

        assertThat(shell.sessionProperty().get()).isSameAs(before);
        assertThat(embedded.closed()).isFalse();
        assertThat(sessions.made).noneMatch(w -> w.closed);
        assertThat(shell.problemProperty().get()).isEqualTo("Could not connect to Production: Nothing answers at"
                + " https://prod.example.com. Check the address and that the server is running. The console stays"
                + " on This computer (embedded engine).");
        assertThat(profiles.lastChoice()).isEmpty();
        assertThat(shell.noticeProperty().get()).isEqualTo(shell.problemProperty().get());

        shell.dismissProblem();
        assertThat(shell.problemProperty().get()).isEmpty();
    }

    @Test
    void switchingToWhereTheConsoleAlreadyIsDoesNothing() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST));
        ConsoleSession before = shell.sessionProperty().get();

        shell.switchTo(EmbeddedEngine.INSTANCE);

        assertThat(shell.sessionProperty().get()).isSameAs(before);
        assertThat(sessions.made).hasSize(1);
    }
}
