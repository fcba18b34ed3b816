package io.sightline.engine.api;

import java.util.List;

/** The engine's health: the worst of its components. */
public record Health(HealthStatus status, List<ComponentHealth> components) {
    public Health {
        components = List.copyOf(components);
    }

    public static Health of(List<ComponentHealth> components) {
        HealthStatus worst = components.stream().map(ComponentHealth::status)
                .max(Enum::compareTo).orElse(HealthStatus.GREEN);
        return new Health(worst, components);
    }
}
