package io.sightline.app.architecture;

import io.sightline.app.SightlineApp;
import io.sightline.engine.api.Platform;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the seam offers and who takes what of it, by reflection: the facets {@link Platform} extends with their
 * method counts, and for every ViewModel of the console the facets (or the whole {@code Platform}) its
 * constructors and public methods take.
 */
record SeamUsage(List<Facet> facets, List<ViewModel> viewModels) {

    record Facet(Class<?> type, int methods) {
        String name() {
            return type.getSimpleName();
        }
    }

    /** A ViewModel and what of the seam it takes: facets in {@code Platform}'s order, {@code Platform} itself last. */
    record ViewModel(Class<?> type, List<Class<?>> takes) {
        String name() {
            return type.getSimpleName();
        }

        /** The package under {@code io.sightline.app}, such as {@code workspace.risk}. */
        String area() {
            return type.getPackageName().substring("io.sightline.app.".length());
        }
    }

    static SeamUsage read() {
        List<Facet> facets = Arrays.stream(Platform.class.getInterfaces())
                .filter(i -> i.getPackageName().equals(Platform.class.getPackageName()))
                .map(i -> new Facet(i, methodCount(i)))
                .toList();
        List<Class<?>> seam = Stream.concat(facets.stream().map(Facet::type), Stream.of(Platform.class)).toList();
        List<ViewModel> viewModels = viewModelClasses().stream()
                .map(type -> new ViewModel(type, seam.stream().filter(s -> takes(type, s)).toList()))
                .toList();
        return new SeamUsage(facets, viewModels);
    }

    /** The calls a facet declares itself, defaults included (what a caller of it can do). */
    private static int methodCount(Class<?> facet) {
        return (int) Arrays.stream(facet.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .count();
    }

    /**
     * Whether a constructor or a public method of the ViewModel (such as an {@code attach}) takes {@code seamType},
     * as a parameter's type or as one of the bounds of a type variable ({@code <P extends Datasets & Runs>}).
     */
    private static boolean takes(Class<?> viewModel, Class<?> seamType) {
        Stream<Executable> entries = Stream.concat(Arrays.stream(viewModel.getDeclaredConstructors()),
                Arrays.stream(viewModel.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())));
        return entries.flatMap(e -> Arrays.stream(e.getGenericParameterTypes()))
                .flatMap(SeamUsage::rawTypes)
                .anyMatch(seamType::equals);
    }

    private static Stream<Class<?>> rawTypes(Type type) {
        if (type instanceof Class<?> raw) {
            return Stream.of(raw);
        }
        if (type instanceof ParameterizedType parameterized) {
            return Stream.concat(rawTypes(parameterized.getRawType()),
                    Arrays.stream(parameterized.getActualTypeArguments()).flatMap(SeamUsage::rawTypes));
        }
        if (type instanceof TypeVariable<?> variable) {
            return Arrays.stream(variable.getBounds()).flatMap(SeamUsage::rawTypes);
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).flatMap(SeamUsage::rawTypes);
        }
        return Stream.empty();
    }

    /** Every top-level class of the console named {@code …ViewModel}, sorted by package and name. */
    private static List<Class<?>> viewModelClasses() {
        Path location = classesLocation();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
             Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path base = jar == null ? location : jar.getPath("/");
            return files.map(f -> base.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith("io/sightline/app/") && f.endsWith("ViewModel.class") && !f.contains("$"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(c -> !c.isInterface())
                    .sorted(Comparator.comparing(Class<?>::getPackageName).thenComparing(Class::getSimpleName))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the console's classes in " + location, e);
        }
    }

    private static Path classesLocation() {
        try {
            return Path.of(SightlineApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SeamUsage.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
