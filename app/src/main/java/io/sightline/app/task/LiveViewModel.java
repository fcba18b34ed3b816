package io.sightline.app.task;

/** A view model that follows the platform while its workspace is on screen, and stops when it leaves. */
public interface LiveViewModel {
    /** The workspace is on screen: follow the platform's events and reload. */
    void activate();

    /** The workspace left the screen: stop following. */
    void deactivate();
}
