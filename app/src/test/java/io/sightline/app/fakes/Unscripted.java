package io.sightline.app.fakes;

import java.lang.reflect.Proxy;

/** What a test did not script: a call to it fails and names itself, so a test states every answer it relies on. */
public final class Unscripted {

    private Unscripted() {
    }

    /** The failure of a call that the test did not script. */
    public static UnsupportedOperationException call(String facet, String call) {
        return new UnsupportedOperationException(facet + "." + call + " is not scripted in this test");
    }

    /** A facet of which every call fails: for the parts of a whole platform that a test does not use. */
    public static <F> F facet(Class<F> facet) {
        return facet.cast(Proxy.newProxyInstance(facet.getClassLoader(), new Class<?>[] {facet},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "unscripted " + facet.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw call(facet.getSimpleName(), method.getName());
                }));
    }
}
