package io.sightline.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A class's {@code main} run in a JVM of its own on the test class path, for tests that kill an engine process.
 * Its standard output is read line by line as it comes; its standard error goes to a file in the test's
 * directory. Every wait is bounded: a child that hangs is destroyed and the test fails, and every failure quotes
 * the child's standard error, so that a child that died or hung says why.
 */
public final class ChildJvm implements AutoCloseable {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    public final String name;
    private final Process process;
    private final Path stderr;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean outputEnded;

    private ChildJvm(String name, Process process, Path stderr) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        Thread.ofPlatform().daemon().name(name + "-stdout").start(this::read);
    }

    /**
     * Starts {@code main} with {@code jvmOptions} and {@code args}, its standard error in
     * {@code directory/NAME.stderr}, and {@code environment} added to this process's.
     */
    public static ChildJvm start(String name, Path directory, Class<?> main, List<String> jvmOptions,
                          Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createDirectories(directory).resolve(name + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        return new ChildJvm(name, builder.start(), stderr);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        } finally {
            outputEnded = true;
        }
    }

    /** Every line printed so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * The first line that {@code matches}, waiting up to {@code timeout}; when none comes, or the child's output
     * ends first, the child is destroyed and the test fails saying {@code what} was awaited.
     */
    public String awaitLine(String what, Predicate<String> matches, Duration timeout) throws InterruptedException {
        return awaitLines(what, matches, 1, timeout).get(0);
    }

    /** The first {@code count} lines that {@code matches}, waiting as {@link #awaitLine} does. */
    public List<String> awaitLines(String what, Predicate<String> matches, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean ended = outputEnded; // read before the lines, so that no line printed before the end is missed
            List<String> found = lines().stream().filter(matches).limit(count).toList();
            if (found.size() == count) {
                return found;
            }
            if (ended) {
                throw failure("its output ended before " + what + " (exit code " + exitCodeOnceGone() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw failure("no " + what + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    /** Kills the child with SIGKILL and waits (bounded) until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw failure("it was still running " + EXIT_WAIT.toSeconds() + " s after SIGKILL");
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** What the child wrote to its standard error so far. */
    public String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Destroys the child and returns an assertion failure naming it, with its standard error. */
    public AssertionError failure(String why) {
        process.destroyForcibly();
        try {
            process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new AssertionError("Child process " + name + ": " + why + ".\nIts last output: "
                + lastLines(lines(), 20) + "\nIts standard error (" + stderr + "):\n" + stderr());
    }

    /**
     * The exit code, waiting (bounded) for the process to be gone: its output closes a moment before the operating
     * system reports the exit.
     */
    private String exitCodeOnceGone() throws InterruptedException {
        return process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS)
                ? Integer.toString(process.exitValue())
                : "still running " + EXIT_WAIT.toSeconds() + " s after its output ended";
    }

    private static List<String> lastLines(List<String> all, int count) {
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** Kills the child if it still runs; bounded, and silent: the test has said what went wrong, if anything. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
