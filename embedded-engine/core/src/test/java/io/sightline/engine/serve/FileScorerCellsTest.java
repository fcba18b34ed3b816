package io.sightline.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scored files are opened in spreadsheets: text that would run as a formula is written inert. */
class FileScorerCellsTest {

    @Test
    void formulaTextIsPrefixedAndNumbersStayNumbers() {
        assertThat(FileScorer.spreadsheetCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(FileScorer.spreadsheetCell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(FileScorer.spreadsheetCell("-2+3")).isEqualTo("'-2+3");
        assertThat(FileScorer.spreadsheetCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FileScorer.spreadsheetCell("\t=1")).isEqualTo("'\t=1");
        assertThat(FileScorer.spreadsheetCell("\r=1")).isEqualTo("\"'\r=1\"");

        for (String number : new String[] {"-1.5", "+3", "-0.000123", "-1.50000e-05", "42", ".5"}) {
            assertThat(FileScorer.spreadsheetCell(number)).as(number).isEqualTo(number);
        }
        assertThat(FileScorer.spreadsheetCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(FileScorer.spreadsheetCell("")).isEmpty();
        assertThat(FileScorer.csvCell("=1+1")).as("files the engine reads back keep their values").isEqualTo("=1+1");
    }
}
