package io.sightline.app.architecture;

import io.sightline.app.architecture.ModuleGraph.Dependency;
import io.sightline.app.architecture.ModuleGraph.Module;
import io.sightline.app.architecture.SeamUsage.Facet;
import io.sightline.app.architecture.SeamUsage.ViewModel;
import io.sightline.engine.api.Platform;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws {@code docs/architecture/map.svg}: the modules with their dependencies (from the poms), the facets of
 * {@link Platform} with their call counts, and the facets each ViewModel's constructors take (both by reflection).
 * Three columns laid out here, no drawing library; {@link ArchitectureMapTest} keeps the committed picture true.
 */
public final class ArchitectureMap {
    static final Path MAP = Path.of("docs", "architecture", "map.svg");
    static final String REGENERATE = "mvn -B -q -pl app -am test-compile exec:exec@architecture-map";

    private static final String MODULE_FILL = "#e8f0fb";
    private static final String MODULE_STROKE = "#3d6aa8";
    private static final String FACET_FILL = "#e7f4ea";
    private static final String FACET_STROKE = "#3b8a55";
    private static final String PLATFORM_FILL = "#fff1dc";
    private static final String PLATFORM_STROKE = "#b86e12";
    private static final String VIEW_MODEL_FILL = "#f5f5f5";
    private static final String VIEW_MODEL_STROKE = "#777777";
    private static final String MUTED = "#666666";

    private static final int MARGIN = 30;
    private static final int TOP = 90;
    private static final int NAME = 13;
    private static final int SMALL = 11;
    private static final int PAD = 10;

    private final Svg svg = new Svg();
    private int bottom = TOP;

    private ArchitectureMap() {
    }

    /** Writes the map from the project folder (or any folder inside it). */
    public static void main(String[] args) throws IOException {
        Path root = projectRoot();
        Path map = root.resolve(MAP);
        Files.createDirectories(map.getParent());
        Files.writeString(map, draw(root), StandardCharsets.UTF_8);
        System.out.println("Wrote " + map);
    }

    /** The map as it would be drawn now from the poms under {@code root} and the classes on the class path. */
    static String draw(Path root) {
        return draw(ModuleGraph.read(root), SeamUsage.read());
    }

    static String draw(ModuleGraph modules, SeamUsage seam) {
        return new ArchitectureMap().picture(modules, seam);
    }

    /** The folder holding the top pom: the working directory or the nearest folder above it with an app module. */
    static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("app/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run this inside the project: no folder above "
                + Path.of("").toAbsolutePath() + " holds pom.xml and app/pom.xml");
    }

    private String picture(ModuleGraph modules, SeamUsage seam) {
        int seamLeft = drawModules(modules, MARGIN);
        int[] seamColumn = drawSeam(seam.facets(), seamLeft + 40);
        int right = drawViewModels(seam, seamColumn);
        int legendTop = bottom + 36;
        drawLegend(legendTop);
        return svg.document(right + MARGIN, legendTop + 40, "module", MODULE_STROKE, "facet", FACET_STROKE,
                "platform", PLATFORM_STROKE);
    }

    /** The modules top to bottom, each above what it needs; arcs on the right for main code, on the left for tests. */
    private int drawModules(ModuleGraph graph, int left) {
        List<Module> order = graph.layered();
        int arcRoom = 30 + 16 * (order.size() - 1);
        int x = left + arcRoom;
        int width = order.stream()
                .mapToInt(m -> Math.max(Svg.width(m.path(), NAME, true), Svg.width(m.artifactId(), SMALL, false)))
                .max().orElse(100) + 2 * PAD;
        int height = 42;
        int step = height + 22;
        svg.text(left, TOP - 40, 16, "bold", "#222222", "start", "Modules");
        svg.text(left, TOP - 22, SMALL, "normal", MUTED, "start", "each above what it depends on (from the poms)");
        Map<Module, Integer> middle = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Module module = order.get(i);
            int y = TOP + i * step;
            middle.put(module, y + height / 2);
            svg.box(x, y, width, height, MODULE_FILL, MODULE_STROKE);
            svg.text(x + PAD, y + 18, NAME, "bold", "#222222", "start", module.path());
            svg.text(x + PAD, y + 34, SMALL, "normal", MUTED, "start", module.artifactId());
        }
        for (Dependency dependency : graph.dependencies()) {
            int from = middle.get(dependency.from()) + 5;
            int to = middle.get(dependency.to()) - 5;
            int span = Math.abs(order.indexOf(dependency.to()) - order.indexOf(dependency.from()));
            int bulge = 14 + 16 * span;
            int edge = dependency.testOnly() ? x : x + width;
            int out = dependency.testOnly() ? edge - bulge : edge + bulge;
            svg.path("M%d,%d C%d,%d %d,%d %d,%d".formatted(edge, from, out, from, out, to, edge, to),
                    MODULE_STROKE, dependency.testOnly(), "module");
        }
        bottom = Math.max(bottom, TOP + order.size() * step);
        return x + width + arcRoom;
    }

    /** Platform on top, its facets below on a spine; returns the facet column's right edge and each row's middle. */
    private int[] drawSeam(List<Facet> facets, int left) {
        String declares = "declares only " + Arrays.stream(Platform.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic()).map(Method::getName).sorted().map(n -> n + "()")
                .collect(Collectors.joining(", "));
        int widestFacet = facets.stream()
                .mapToInt(f -> Svg.width(f.name() + "  " + calls(f.methods()), NAME, true)).max().orElse(100);
        int width = Math.max(Svg.width(declares, SMALL, false), widestFacet) + 2 * PAD + 26;
        svg.text(left, TOP - 40, 16, "bold", "#222222", "start", "The seam");
        svg.text(left, TOP - 22, SMALL, "normal", MUTED, "start", "Platform is the sum of its facets (by reflection)");
        svg.box(left, TOP, width, 42, PLATFORM_FILL, PLATFORM_STROKE);
        svg.text(left + PAD, TOP + 18, NAME, "bold", "#222222", "start", Platform.class.getSimpleName());
        svg.text(left + PAD, TOP + 34, SMALL, "normal", MUTED, "start", declares);
        int[] column = new int[facets.size() + 2];
        column[0] = left + width;
        column[facets.size() + 1] = TOP + 21;
        int spine = left + 12;
        int facetLeft = left + 26;
        int facetWidth = width - 26;
        int y = TOP + 60;
        for (int i = 0; i < facets.size(); i++) {
            Facet facet = facets.get(i);
            svg.box(facetLeft, y, facetWidth, 28, FACET_FILL, FACET_STROKE);
            svg.text(facetLeft + PAD, y + 19, NAME, "bold", "#222222", "start", facet.name());
            svg.text(facetLeft + facetWidth - PAD, y + 19, SMALL, "normal", MUTED, "end", calls(facet.methods()));
            svg.line(spine, y + 14, facetLeft, y + 14, FACET_STROKE);
            column[i + 1] = y + 14;
            y += 36;
        }
        svg.line(spine, TOP + 42, spine, y - 22, FACET_STROKE);
        bottom = Math.max(bottom, y);
        return column;
    }

    /**
     * The ViewModels that take part of the seam, by package, each joined to what its constructors take; the ones
     * that take none are named underneath.
     */
    private int drawViewModels(SeamUsage seam, int[] seamColumn) {
        int left = seamColumn[0] + 230;
        List<ViewModel> taking = seam.viewModels().stream().filter(v -> !v.takes().isEmpty()).toList();
        List<String> others = seam.viewModels().stream().filter(v -> v.takes().isEmpty()).map(ViewModel::name).toList();
        int width = taking.stream().mapToInt(v -> Math.max(Svg.width(v.name(), NAME, true),
                Svg.width(takes(v), SMALL, false))).max().orElse(200) + 2 * PAD;
        svg.text(left, TOP - 40, 16, "bold", "#222222", "start", "ViewModels");
        String subtitle = "and what of the seam their constructors take";
        svg.text(left, TOP - 22, SMALL, "normal", MUTED, "start", subtitle);
        List<Class<?>> rows = new ArrayList<>(seam.facets().stream().<Class<?>>map(Facet::type).toList());
        int y = TOP;
        String area = null;
        for (ViewModel viewModel : taking) {
            if (!viewModel.area().equals(area)) {
                area = viewModel.area();
                svg.text(left, y + 11, SMALL, "bold", MUTED, "start", area);
                y += 16;
            }
            svg.box(left, y, width, 36, VIEW_MODEL_FILL, VIEW_MODEL_STROKE);
            svg.text(left + PAD, y + 15, NAME, "bold", "#222222", "start", viewModel.name());
            svg.text(left + PAD, y + 30, SMALL, "normal", MUTED, "start", takes(viewModel));
            for (Class<?> taken : viewModel.takes()) {
                boolean whole = taken == Platform.class;
                int from = whole ? seamColumn[seamColumn.length - 1] : seamColumn[rows.indexOf(taken) + 1];
                int middle = (seamColumn[0] + left) / 2;
                svg.path("M%d,%d C%d,%d %d,%d %d,%d".formatted(seamColumn[0], from, middle, from, middle, y + 18,
                        left, y + 18), whole ? PLATFORM_STROKE : FACET_STROKE, false, whole ? "platform" : "facet");
            }
            y += 42;
        }
        y += 8;
        int right = left + Math.max(width, Svg.width(subtitle, SMALL, false));
        if (!others.isEmpty()) {
            svg.text(left, y + 11, SMALL, "bold", MUTED, "start", "taking nothing of the seam");
            y += 16;
            for (String line : wrap(others, width)) {
                svg.text(left, y + 11, SMALL, "normal", MUTED, "start", line);
                y += 15;
            }
        }
        bottom = Math.max(bottom, y);
        return right;
    }

    private void drawLegend(int y) {
        int x = MARGIN;
        svg.path("M%d,%d L%d,%d".formatted(x, y, x + 40, y), MODULE_STROKE, false, "module");
        svg.text(x + 48, y + 4, SMALL, "depends on (main code)");
        x += 200;
        svg.path("M%d,%d L%d,%d".formatted(x, y, x + 40, y), MODULE_STROKE, true, "module");
        svg.text(x + 48, y + 4, SMALL, "depends on, for its tests only");
        x += 230;
        svg.path("M%d,%d L%d,%d".formatted(x, y, x + 40, y), FACET_STROKE, false, "facet");
        svg.text(x + 48, y + 4, SMALL, "takes a facet");
        x += 150;
        svg.path("M%d,%d L%d,%d".formatted(x, y, x + 40, y), PLATFORM_STROKE, false, "platform");
        svg.text(x + 48, y + 4, SMALL, "takes the whole Platform");
        svg.text(MARGIN, y + 26, SMALL, "normal", MUTED, "start", "Generated by "
                + ArchitectureMap.class.getName() + " (" + REGENERATE + "); do not edit by hand.");
    }

    private static String calls(int count) {
        return count == 1 ? "1 call" : count + " calls";
    }

    private static String takes(ViewModel viewModel) {
        return viewModel.takes().stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    private static List<String> wrap(List<String> names, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            String next = line.isEmpty() ? name : line + ", " + name;
            if (!line.isEmpty() && Svg.width(next, SMALL, false) > width) {
                lines.add(line + ",");
                line = new StringBuilder(name);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
