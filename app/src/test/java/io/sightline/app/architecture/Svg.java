package io.sightline.app.architecture;

/**
 * A small SVG writer: boxes, text, lines and paths in whole pixels, one element a line, so that the same picture
 * is always the same text and a change to it reads as a plain diff.
 */
final class Svg {
    static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private final StringBuilder body = new StringBuilder();

    /** A generous estimate of a text's width in a sans-serif font, enough to size the box around it. */
    static int width(String text, int fontSize, boolean bold) {
        return (int) Math.ceil(text.length() * fontSize * (bold ? 0.7 : 0.62));
    }

    void box(int x, int y, int width, int height, String fill, String stroke) {
        body.append("  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" fill=\"%s\" stroke=\"%s\"/>\n"
                .formatted(x, y, width, height, fill, stroke));
    }

    void text(int x, int y, int size, String text) {
        text(x, y, size, "normal", "#222222", "start", text);
    }

    void text(int x, int y, int size, String weight, String fill, String anchor, String text) {
        body.append(("  <text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\""
                + " text-anchor=\"%s\">%s</text>\n").formatted(x, y, size, weight, fill, anchor, escape(text)));
    }

    void line(int x1, int y1, int x2, int y2, String stroke) {
        body.append("  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>\n"
                .formatted(x1, y1, x2, y2, stroke));
    }

    /** A path ending in the arrow head {@code marker} (one of {@link #document}'s markers) unless it is null. */
    void path(String d, String stroke, boolean dashed, String marker) {
        String dash = dashed ? " stroke-dasharray=\"5 4\"" : "";
        String head = marker == null ? "" : " marker-end=\"url(#" + marker + ")\"";
        body.append("  <path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.4\"%s%s/>\n"
                .formatted(d, stroke, dash, head));
    }

    /** The whole document; {@code markers} are pairs of an arrow head's id and its colour. */
    String document(int width, int height, String... markers) {
        StringBuilder svg = new StringBuilder();
        svg.append(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"%s\">\n").formatted(width, height, width, height, FONT));
        svg.append("  <defs>\n");
        for (int i = 0; i < markers.length; i += 2) {
            svg.append(("    <marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
                    + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                    + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>\n")
                    .formatted(markers[i], markers[i + 1]));
        }
        svg.append("  </defs>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(body);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
