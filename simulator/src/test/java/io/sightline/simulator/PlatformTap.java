package io.sightline.simulator;

import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.Platform;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real platform seen through a proxy that notes every outcome it accepted, for end-to-end checks. */
final class PlatformTap {
    final List<Outcome> accepted = new CopyOnWriteArrayList<>();
    final Platform platform;

    @SuppressWarnings("unchecked")
    PlatformTap(Platform target) {
        this.platform = (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(),
                new Class<?>[] {Platform.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(target, args);
                        if (method.getName().equals("reportOutcomes")) {
                            accepted.addAll((List<Outcome>) args[1]);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
