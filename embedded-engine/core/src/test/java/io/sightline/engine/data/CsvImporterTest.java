package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();

    /** A file of {@code header} and {@code rows} rows made by {@code row}, lines ended by {@code end}. */
    private Path csv(String name, String header, int rows, IntFunction<String> row, String end) throws IOException {
        StringBuilder text = new StringBuilder(header).append(end);
        for (int i = 0; i < rows; i++) {
            text.append(row.apply(i)).append(end);
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsSemicolonSeparatedFiles() throws IOException {
        Path file = csv("semi.csv", "name;size;price", 25, i -> "item " + i + ";" + i + ";" + i + ".5", "\n");
        ImportResult result = importer.inspect(file);
        assertThat(result.dialect()).isEqualTo(new CsvDialect(';', false));
        assertThat(result.rows()).isEqualTo(25);
        assertThat(result.column("price").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(result.column("price").max()).isEqualTo(24.5);
    }

    @Test
    void readsTabSeparatedFilesWhoseValuesContainCommas() throws IOException {
        Path file = csv("tabs.tsv", "city\tpopulation\tnote", 25, i -> "City " + i + "\t" + (1000 + i) + "\ta, b, c",
                "\n");
        ImportResult result = importer.inspect(file);
        assertThat(result.dialect().delimiter()).isEqualTo('\t');
        assertThat(result.columns()).extracting(ColumnProfile::name).containsExactly("city", "population", "note");
        assertThat(result.column("note").topCategories()).containsExactly(new CategoryCount("a, b, c", 25));
    }

    @Test
    void quotedCommasDoNotMakeTheDelimiterLookInconsistent() {
        byte[] head = "\"a,b\";c;d\n\"x,y\";1;2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvDialect.detect(head, head.length, true).delimiter()).isEqualTo(';');
        byte[] commas = "\"a;b;c\",d\n\"x;y;z\",1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvDialect.detect(commas, commas.length, true).delimiter()).isEqualTo(',');
    }

    @Test
    void skipsTheByteOrderMarkButHashesIt() throws Exception {
        Path plain = csv("plain.csv", "a,b", 20, i -> i + "," + (i * 2), "\n");
        byte[] bytes = Files.readAllBytes(plain);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        Path bom = Files.write(dir.resolve("bom.csv"), withBom);

        ImportResult result = importer.inspect(bom);
        assertThat(result.dialect().byteOrderMark()).isTrue();
        assertThat(result.columns().get(0).name()).isEqualTo("a");
        assertThat(result.sizeBytes()).isEqualTo(withBom.length);
        assertThat(result.sha256()).isEqualTo(sha256(withBom)).isNotEqualTo(importer.inspect(plain).sha256());
    }

    @Test
    void quotedValuesMayHoldDelimitersQuotesAndLineBreaks() throws IOException {
        Path file = csv("quoted.csv", "id,comment,score", 20,
                i -> i + ",\"line one, with comma\nline \"\"two\"\"\"," + i, "\r\n");
        DatasetPreview preview = importer.preview(file, 2);
        assertThat(preview.rows().get(1)).containsExactly("1", "line one, with comma\nline \"two\"", "1");
        Table table = importer.readTable(file, Map.of());
        assertThat(table.rowCount()).isEqualTo(20);
        assertThat(table.column("score").number(19)).isEqualTo(19.0);
    }

    @Test
    void namesThePhysicalLineAfterQuotedLineBreaksAndCrlf() throws IOException {
        // every record spans two lines; record 10 (lines 20-21 with the header on line 1) is short a value
        Path file = csv("lines.csv", "id,comment,score", 25,
                i -> i == 9 ? "9,\"a\r\nb\"" : i + ",\"a\r\nb\"," + i, "\r\n");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                io.sightline.engine.api.BadFileException.class, () -> importer.inspect(file));
        assertThat(e.line()).isEqualTo(20);
    }

    @Test
    void crlfAndLfGiveTheSameProfiles() throws IOException {
        IntFunction<String> row = i -> i + "," + (i % 3 == 0 ? "red" : "blue") + "," + (i * 0.25);
        ImportResult lf = importer.inspect(csv("lf.csv", "id,colour,x", 30, row, "\n"));
        ImportResult crlf = importer.inspect(csv("crlf.csv", "id,colour,x", 30, row, "\r\n"));
        assertThat(crlf.columns()).isEqualTo(lf.columns());
        assertThat(crlf.column("colour").topCategories()).extracting(CategoryCount::value).containsExactly("blue", "red");
    }

    @Test
    void missingMarkersAndBlankLinesAreNotValues() throws IOException {
        String[] markers = {"", "NA", "N/A", "null", "NaN", "?", "na", "  ", "NULL"};
        Path file = csv("missing.csv", "x,y", 27,
                i -> i % 3 == 0 ? markers[i / 3] + "," + i : i + ",\n" + (i == 5 ? "\n   \n" : ""), "\n");
        ImportResult result = importer.inspect(file);
        assertThat(result.rows()).isEqualTo(27);
        assertThat(result.column("x").missing()).isEqualTo(9);
        assertThat(result.column("x").count()).isEqualTo(18);
        assertThat(result.column("x").type()).isEqualTo(ColumnType.NUMERIC);
        Table table = importer.readTable(file, Map.of());
        assertThat(table.column("x").value(3)).isNull();
        assertThat(table.column("x").value(4)).isEqualTo("4");
    }

    @Test
    void infersEachType() throws IOException {
        String header = "amount,flag,active,ok,signed,us_date,stamp,token,customer_id,rank,email,review,colour,"
                + "mostly_numbers,nothing,constant";
        Path file = csv("types.csv", header, 30, i -> String.join(",",
                (i * 1.5) + "",
                (i % 2) + "",
                i % 3 == 0 ? "yes" : "No",
                i % 2 == 0 ? "TRUE" : "false",
                String.format("2024-01-%02d", i + 1),
                String.format("%02d/%02d/2023", i % 12 + 1, i % 28 + 1),
                String.format("2024-03-05T10:%02d:30Z", i),
                String.format("%08x-1234-4abc-8def-%012d", i % 7, i % 7),
                1000 + i + "",
                i + 1 + "",
                "person" + i + "@example.org",
                "\"I bought item " + i + " and, honestly, it was better than I had hoped\"",
                i % 3 == 0 ? "red" : i % 3 == 1 ? "green" : "blue",
                i == 17 ? "unknown" : i + "",
                "",
                "same"), "\n");
        ImportResult result = importer.inspect(file);
        Map<String, ColumnType> types = result.types();
        assertThat(types).containsExactly(
                Map.entry("amount", ColumnType.NUMERIC),
                Map.entry("flag", ColumnType.NUMERIC),
                Map.entry("active", ColumnType.BOOLEAN),
                Map.entry("ok", ColumnType.BOOLEAN),
                Map.entry("signed", ColumnType.DATETIME),
                Map.entry("us_date", ColumnType.DATETIME),
                Map.entry("stamp", ColumnType.DATETIME),
                Map.entry("token", ColumnType.IDENTIFIER),
                Map.entry("customer_id", ColumnType.IDENTIFIER),
                Map.entry("rank", ColumnType.NUMERIC),
                Map.entry("email", ColumnType.IDENTIFIER),
                Map.entry("review", ColumnType.TEXT),
                Map.entry("colour", ColumnType.CATEGORICAL),
                Map.entry("mostly_numbers", ColumnType.CATEGORICAL),
                Map.entry("nothing", ColumnType.CATEGORICAL),
                Map.entry("constant", ColumnType.CATEGORICAL));
        assertThat(result.defaultTarget()).isEqualTo("constant");

        assertThat(issue(result, "customer_id").message()).contains("identifier", "not be used as a model input");
        assertThat(issue(result, "token").message()).contains("UUID");
        assertThat(issue(result, "review").severity()).isEqualTo(Severity.NOTE);
        assertThat(issue(result, "mostly_numbers").message()).contains("'unknown'", "line 19");
        assertThat(issue(result, "nothing").message()).contains("empty in every row");
        assertThat(issue(result, "constant").message()).contains("same value in every row");
        assertThat(result.issues()).noneMatch(i -> List.of("amount", "flag", "colour", "rank").contains(i.column()));
    }

    @Test
    void warnsAboutMostlyEmptyColumns() throws IOException {
        Path file = csv("sparse.csv", "x,y", 20, i -> i + "," + (i < 8 ? "" + i : ""), "\n");
        DataIssue issue = issue(importer.inspect(file), "y");
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.message()).contains("12 of 20 rows", "60 %");
    }

    @Test
    void profilesMatchHandComputedValues() throws IOException {
        String[] y = {"2", "4", "NA", "4", "", "4", "5", "?", "5", "null", "7", "N/A", "9", "NaN", "", "", "", "", "", ""};
        Path file = csv("profile.csv", "x,y", 20, i -> (i + 1) + "," + y[i], "\n");
        ImportResult result = importer.inspect(file);

        ColumnProfile x = result.column("x");
        assertThat(x.count()).isEqualTo(20);
        assertThat(x.distinct()).isEqualTo(20);
        assertThat(x.min()).isEqualTo(1.0);
        assertThat(x.max()).isEqualTo(20.0);
        assertThat(x.mean()).isEqualTo(10.5);
        assertThat(x.std()).isCloseTo(Math.sqrt(35), within(1e-12));
        assertThat(x.quantiles().get("p5")).isCloseTo(1.95, within(1e-12));
        assertThat(x.quantiles().get("p50")).isCloseTo(10.5, within(1e-12));
        assertThat(x.quantiles().get("p95")).isCloseTo(19.05, within(1e-12));
        assertThat(x.quantiles().get("p25")).isCloseTo(5.75, within(1e-12));
        assertThat(x.quantiles().get("p75")).isCloseTo(15.25, within(1e-12));
        assertThat(x.histogram().edges()).hasSize(21).startsWith(1.0).endsWith(20.0);
        assertThat(x.histogram().counts()).hasSize(20).containsOnly(1L);

        ColumnProfile p = result.column("y");
        assertThat(p.count()).isEqualTo(8);
        assertThat(p.missing()).isEqualTo(12);
        assertThat(p.distinct()).isEqualTo(5);
        assertThat(p.mean()).isEqualTo(5.0);
        assertThat(p.std()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(p.quantiles().get("p5")).isCloseTo(2.7, within(1e-12));
        assertThat(p.quantiles().get("p25")).isCloseTo(4.0, within(1e-12));
        assertThat(p.quantiles().get("p50")).isCloseTo(4.5, within(1e-12));
        assertThat(p.quantiles().get("p75")).isCloseTo(5.5, within(1e-12));
        assertThat(p.quantiles().get("p95")).isCloseTo(8.3, within(1e-12));
        assertThat(p.topCategories()).containsExactly(new CategoryCount("4", 3), new CategoryCount("5", 2),
                new CategoryCount("2", 1), new CategoryCount("7", 1), new CategoryCount("9", 1));
        // bins of width 0.35 from 2 to 9: 2 | 4 4 4 | 5 5 | 7 | 9 (the maximum closes the last bin)
        List<Long> counts = p.histogram().counts();
        assertThat(counts.get(0)).isEqualTo(1);
        assertThat(counts.get(5)).isEqualTo(3);
        assertThat(counts.get(8)).isEqualTo(2);
        assertThat(counts.get(14)).isEqualTo(1);
        assertThat(counts.get(19)).isEqualTo(1);
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
    }

    @Test
    void largeColumnsAreProfiledInBoundedMemoryWithinStatedAccuracy() throws IOException {
        // 100 000 rows: every whole number 0..99 999 once (in a scrambled order); 12 000 categories
        Path file = csv("large.csv", "v,code", 100_000, i -> (i * 7919L % 100_000) + ",c" + (i % 12_000), "\n");
        ImportResult result = importer.inspect(file);
        ColumnProfile v = result.column("v");
        assertThat(v.min()).isEqualTo(0.0);
        assertThat(v.max()).isEqualTo(99_999.0);
        assertThat(v.mean()).isCloseTo(49_999.5, within(1e-6));
        assertThat(v.std()).isCloseTo(Math.sqrt((1e10 - 1) / 12 * 100_000 / 99_999), within(1e-6));
        assertThat(v.quantiles().get("p50")).isCloseTo(50_000, within(1_500.0));
        assertThat(v.quantiles().get("p5")).isCloseTo(5_000, within(1_000.0));
        assertThat(v.distinct()).isCloseTo(100_000L, org.assertj.core.api.Assertions.withinPercentage(5));
        assertThat(v.histogram().counts()).hasSize(20).allSatisfy(c -> assertThat(c).isBetween(4_950L, 5_050L));
        assertThat(v.histogram().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000);

        ColumnProfile code = result.column("code");
        assertThat(code.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(code.distinct()).isCloseTo(12_000L, org.assertj.core.api.Assertions.withinPercentage(5));
        assertThat(code.topCategories()).hasSize(50);
        assertThat(code.topCategories().get(0).count()).isEqualTo(9);
    }

    @Test
    void inspectIsDeterministic() throws IOException {
        Path file = csv("same.csv", "v,w", 50_000, i -> (i * 31 % 977) * 0.1 + "," + (i % 5), "\n");
        assertThat(importer.inspect(file)).isEqualTo(importer.inspect(file));
    }

    @Test
    void readTableKeepsTextAppliesOverridesAndMissingIsNull() throws IOException {
        Path file = csv("table.csv", "age,grade,when,label", 20,
                i -> (i == 3 ? "NA" : " " + (20 + i) + " ") + "," + (i % 3 + 1) + ",2024-02-" + (10 + i) + ",l" + (i % 2), "\n");
        Table table = importer.readTable(file, Map.of("grade", ColumnType.CATEGORICAL));
        assertThat(table.columnNames()).containsExactly("age", "grade", "when", "label");
        assertThat(table.column("age").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(table.column("grade").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(table.column("when").type()).isEqualTo(ColumnType.DATETIME);
        assertThat(table.column("age").value(0)).isEqualTo("20");
        assertThat(table.column("age").isMissing(3)).isTrue();
        assertThat(table.column("age").number(19)).isEqualTo(39.0);
        assertThat(DateTimes.epochSeconds(table.column("when"))[0])
                .isEqualTo(java.time.LocalDate.of(2024, 2, 10).toEpochDay() * 86_400.0);
    }

    @Test
    void previewShowsTheFirstRowsAsWritten() throws IOException {
        Path file = csv("preview.csv", "a,b", 30, i -> "\"" + i + "\",NA", "\n");
        DatasetPreview preview = importer.preview(file, 3);
        assertThat(preview.columns()).containsExactly("a", "b");
        assertThat(preview.rows()).containsExactly(List.of("0", "NA"), List.of("1", "NA"), List.of("2", "NA"));
    }

    private static DataIssue issue(ImportResult result, String column) {
        return result.issues().stream().filter(i -> i.column().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("No issue for " + column + " in " + result.issues()));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
