package io.sightline.engine.api;

/** A live subscription to platform events; closing it stops delivery. */
public interface EventSubscription extends AutoCloseable {
    @Override
    void close();
}
