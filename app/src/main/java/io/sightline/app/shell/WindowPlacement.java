package io.sightline.app.shell;

/** Where the main window was and how big, in screen coordinates, and whether it was maximised. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** Smaller than this is taken for a broken record rather than a choice. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    public boolean plausible() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && Double.isFinite(x) && Double.isFinite(y);
    }
}
