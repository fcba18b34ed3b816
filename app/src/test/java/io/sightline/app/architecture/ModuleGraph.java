package io.sightline.app.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The project's modules and their direct dependencies on each other, read from the poms: a dependency is
 * {@code testOnly} when every declaration of it has the test scope.
 */
record ModuleGraph(List<Module> modules, List<Dependency> dependencies) {

    /** A module that builds an artifact (aggregators such as {@code embedded-engine} are not modules here). */
    record Module(String path, String artifactId) {
    }

    record Dependency(Module from, Module to, boolean testOnly) {
    }

    static ModuleGraph read(Path root) {
        Map<String, Module> byArtifact = new LinkedHashMap<>();
        Map<Module, Element> poms = new LinkedHashMap<>();
        collect(root, "", byArtifact, poms);
        List<Dependency> dependencies = new ArrayList<>();
        poms.forEach((module, pom) -> {
            Map<Module, Boolean> testOnly = new LinkedHashMap<>();
            for (Element dependency : children(child(pom, "dependencies"), "dependency")) {
                Module target = byArtifact.get(text(dependency, "artifactId"));
                if (target != null) {
                    boolean test = "test".equals(text(dependency, "scope"));
                    testOnly.merge(target, test, Boolean::logicalAnd);
                }
            }
            testOnly.forEach((target, test) -> dependencies.add(new Dependency(module, target, test)));
        });
        return new ModuleGraph(List.copyOf(byArtifact.values()), List.copyOf(dependencies));
    }

    /** The modules from the ones nothing else needs down to the ones that need nothing; ties in reverse pom order. */
    List<Module> layered() {
        Map<Module, Integer> depth = new HashMap<>();
        modules.forEach(m -> depthOf(m, depth));
        return modules.stream()
                .sorted(Comparator.comparing((Module m) -> -depth.get(m)).thenComparing(m -> -modules.indexOf(m)))
                .toList();
    }

    private int depthOf(Module module, Map<Module, Integer> depth) {
        Integer known = depth.get(module);
        if (known != null) {
            return known;
        }
        int deepest = dependencies.stream().filter(d -> d.from().equals(module))
                .mapToInt(d -> depthOf(d.to(), depth) + 1).max().orElse(0);
        depth.put(module, deepest);
        return deepest;
    }

    private static void collect(Path directory, String path, Map<String, Module> byArtifact,
                                Map<Module, Element> poms) {
        Element pom = parse(directory.resolve("pom.xml"));
        List<Element> modules = children(child(pom, "modules"), "module");
        if (modules.isEmpty()) {
            Module module = new Module(path, text(pom, "artifactId"));
            byArtifact.put(module.artifactId(), module);
            poms.put(module, pom);
        }
        for (Element module : modules) {
            String name = module.getTextContent().trim();
            collect(directory.resolve(name), path.isEmpty() ? name : path + "/" + name, byArtifact, poms);
        }
    }

    private static Element parse(Path pom) {
        try (var in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
