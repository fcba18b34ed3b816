package io.sightline.engine.cli;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.PlatformException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sightline}: the top-level command; its subcommands do the work. */
@Command(name = "sightline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sightline from the command line: train models on CSV files, score files with them, "
                + "serve the platform over HTTP, and check its audit log.",
        subcommands = {TrainCommand.class, PredictCommand.class, ServeCommand.class, TokenCommand.class,
            AuditCommand.class, CommandLine.HelpCommand.class})
public final class SightlineCommand {

    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where Sightline keeps its database, datasets and models (default: ${DEFAULT-VALUE}).")
    Path dataDirectory = LocalPlatform.defaultDataDirectory();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 success, 1 refused input, 2 usage). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SightlineCommand()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof PlatformException platformException) {
                cmd.getErr().println("Error: " + platformException.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    LocalPlatform openPlatform() {
        return LocalPlatform.open(dataDirectory);
    }
}
