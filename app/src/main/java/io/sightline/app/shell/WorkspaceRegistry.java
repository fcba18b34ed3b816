package io.sightline.app.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspaces that exist, one per persona, in persona order. The shell offers exactly these: a persona
 * without a workspace is not shown at all.
 */
public final class WorkspaceRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRegistry.class);

    private final Map<Persona, Workspace> byPersona = new EnumMap<>(Persona.class);

    public WorkspaceRegistry(List<? extends Workspace> workspaces) {
        for (Workspace workspace : workspaces) {
            if (byPersona.putIfAbsent(workspace.persona(), workspace) != null) {
                throw new IllegalArgumentException("Two workspaces for " + workspace.persona().title());
            }
        }
    }

    /** The personas that have a workspace, in the order of {@link Persona}. */
    public List<Persona> personas() {
        List<Persona> personas = new ArrayList<>(byPersona.keySet());
        personas.sort(Comparator.naturalOrder());
        return List.copyOf(personas);
    }

    public Optional<Workspace> workspace(Persona persona) {
        return Optional.ofNullable(byPersona.get(persona));
    }

    public List<Workspace> workspaces() {
        return List.copyOf(byPersona.values());
    }

    /** Closes every workspace; one that fails to close does not keep the others open. */
    public void closeAll() {
        for (Workspace workspace : byPersona.values()) {
            try {
                workspace.close();
            } catch (RuntimeException e) {
                LOG.warn("A workspace failed to close", e);
            }
        }
    }
}
