package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.Severity;
import io.sightline.engine.api.TargetAnalysis;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every file of the bad-file corpus against the outcome its README promises. */
class BadFilesTest {
    private static final ImportLimits ONE_KILOBYTE_TABLES = new ImportLimits(1024, 1 << 20);

    record Expectation(String file, String kind, String line, List<String> words) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Path folder() {
        try {
            return Path.of(BadFilesTest.class.getResource("/badfiles/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        return Files.readAllLines(folder().resolve("README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| ") && line.contains(".csv |"))
                .map(line -> line.replace("\\|", "¦").split("\\|"))
                .map(cells -> new Expectation(cells[1].strip(), cells[2].strip(), cells[3].strip(),
                        Arrays.stream(cells[4].split(";")).map(String::strip).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void refusedAsTheReadmeSays(Expectation expected) {
        Path file = folder().resolve(expected.file());
        String message = switch (expected.kind()) {
            case "bad-file" -> {
                BadFileException e = catchThrowableOfType(BadFileException.class,
                        () -> new CsvImporter().inspect(file));
                assertThat(e).as("inspect must refuse " + expected.file()).isNotNull();
                assertThat(e.line()).as("line named by: " + e.getMessage()).isEqualTo(Long.parseLong(expected.line()));
                yield e.getMessage();
            }
            case "too-large" -> {
                BadFileException e = catchThrowableOfType(BadFileException.class,
                        () -> new CsvImporter(ONE_KILOBYTE_TABLES).readTable(file, Map.of()));
                assertThat(e).as("readTable must refuse " + expected.file()).isNotNull();
                assertThat(e.line()).isEqualTo(Long.parseLong(expected.line()));
                yield e.getMessage();
            }
            case "blocker" -> {
                ImportResult result = new CsvImporter().inspect(file);
                TargetAnalysis analysis = new TargetAnalyzer().analyze(result.columns(), result.rows(),
                        result.defaultTarget(), Map.of());
                assertThat(analysis.trainable()).isFalse();
                yield analysis.problems().stream().filter(p -> p.severity() == Severity.BLOCKER)
                        .map(DataIssue::message).findFirst().orElseThrow();
            }
            default -> throw new IllegalArgumentException("Unknown kind " + expected.kind());
        };
        for (String word : expected.words()) {
            assertThat(message.toLowerCase(Locale.ROOT)).as(message).contains(word.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everyFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
        List<String> listed = expectations().map(Expectation::file).sorted().toList();
        try (Stream<Path> files = Files.list(folder())) {
            List<String> present = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md") && !name.equals(".gitattributes")).sorted().toList();
            assertThat(listed).isEqualTo(present);
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void theTooLargeFileIsFineWithinTheLimits() {
        Path file = folder().resolve("too-large-for-memory.csv");
        assertThat(new CsvImporter().readTable(file, Map.of()).rowCount()).isEqualTo(300);
    }

    @Test
    void aRunawayQuoteStopsAtTheRecordLimitInsteadOfFillingTheMemory(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        StringBuilder csv = new StringBuilder("id,note\n1,\"opens here\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append(",no closing quote in sight\n");
        }
        Path file = Files.writeString(dir.resolve("runaway.csv"), csv);
        assertThatThrownBy(() -> new CsvImporter(new ImportLimits(1 << 30, 1 << 20)).inspect(file))
                .isInstanceOfSatisfying(BadFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("longer than 1 MB", "quote");
                });
    }
}
