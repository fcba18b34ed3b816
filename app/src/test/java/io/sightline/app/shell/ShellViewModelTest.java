package io.sightline.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.InMemoryPreferences;
import io.sightline.app.ScriptedPlatform;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private final InMemoryPreferences node = new InMemoryPreferences();
    private final ShellPreferences preferences = new ShellPreferences(node);
    private Health health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok")));

    private final ScriptedPlatform platform = new ScriptedPlatform() {
        @Override
        public PlatformInfo info() {
            return new PlatformInfo("embedded", "/data/sightline", "0.1.0");
        }

        @Override
        public Health health() {
            if (health == null) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The database does not answer.");
            }
            return health;
        }
    };

    private ShellViewModel shell(List<Persona> personas) {
        return new ShellViewModel(platform, new CurrentThreadTaskExecutor(), preferences, personas);
    }

    @Test
    void offersOnlyThePersonasThatHaveAWorkspace() {
        WorkspaceRegistry registry = new WorkspaceRegistry(List.of(workspace(Persona.ANALYST)));

        ShellViewModel shell = shell(registry.personas());
        shell.select(Persona.EXECUTIVE);

        assertThat(shell.personas()).containsExactly(Persona.ANALYST);
        assertThat(shell.selectedPersonaProperty().get()).isEqualTo(Persona.ANALYST);
    }

    @Test
    void registryListsPersonasInPersonaOrderAndRefusesTwoWorkspacesForOne() {
        WorkspaceRegistry registry = new WorkspaceRegistry(
                List.of(workspace(Persona.DATA_SCIENTIST), workspace(Persona.ANALYST)));

        assertThat(registry.personas()).containsExactly(Persona.ANALYST, Persona.DATA_SCIENTIST);
        assertThatThrownBy(() -> new WorkspaceRegistry(List.of(workspace(Persona.ANALYST), workspace(Persona.ANALYST))))
                .isInstanceOf(IllegalArgumentException.class);
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
    void statusLineShowsModeLocationAndHealth() {
        ShellViewModel shell = shell(List.of(Persona.ANALYST));

        shell.refreshStatus();

        assertThat(shell.engineModeProperty().get()).isEqualTo("Embedded");
        assertThat(shell.dataLocationProperty().get()).isEqualTo("/data/sightline");
        assertThat(shell.healthProperty().get()).isEqualTo(HealthStatus.GREEN);
        assertThat(shell.healthTextProperty().get()).isEqualTo("Healthy");
    }

    @Test
    void degradedHealthNamesTheComponentThatSuffers() {
        health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok"),
                new ComponentHealth("disk", HealthStatus.YELLOW, "5% free")));
        ShellViewModel shell = shell(List.of(Persona.ANALYST));

        shell.refreshStatus();

        assertThat(shell.healthProperty().get()).isEqualTo(HealthStatus.YELLOW);
        assertThat(shell.healthTextProperty().get()).isEqualTo("Degraded: disk — 5% free");
    }

    @Test
    void anEngineThatDoesNotAnswerShowsRedWithItsMessage() {
        health = null;
        ShellViewModel shell = shell(List.of(Persona.ANALYST));

        shell.refreshStatus();

        assertThat(shell.healthProperty().get()).isEqualTo(HealthStatus.RED);
        assertThat(shell.healthTextProperty().get()).isEqualTo("Not answering: The database does not answer.");
    }

    private static Workspace workspace(Persona persona) {
        return new Workspace() {
            @Override
            public Persona persona() {
                return persona;
            }

            @Override
            public Node view() {
                return null; // the shell's model never asks for views
            }
        };
    }
}
