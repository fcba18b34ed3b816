package io.sightline.simulator;

import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.Platform;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real platform seen through a proxy that notes every batch of outcomes it accepted and how many of them it
 * matched to a logged prediction, for end-to-end checks.
 */
final class PlatformTap {
    /** One accepted call of {@code reportOutcomes}: the outcomes sent and the count the platform returned. */
    record Report(List<Outcome> sent, int matched) {
    }

    final List<Report> reports = new CopyOnWriteArrayList<>();
    final Platform platform;

    @SuppressWarnings("unchecked")
    PlatformTap(Platform target) {
        this.platform = (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(),
                new Class<?>[] {Platform.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(target, args);
                        if (method.getName().equals("reportOutcomes")) {
                            reports.add(new Report(List.copyOf((List<Outcome>) args[1]), (Integer) result));
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    List<Outcome> accepted() {
        return reports.stream().flatMap(report -> report.sent().stream()).toList();
    }
}
