package org.dostap.data.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: CSV formula injection. Cells a spreadsheet would run as formulas get a leading apostrophe. */
class SpreadsheetCellsTest {
    @Test
    void csvCellsStartingWithFormulaCharactersAreNeutralisedAsTheHandWrittenFileSays() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter w = CsvTableWriter.open(out, List.of("id", "name", "value"))) {
            w.writeRow("=cmd|' /C calc'!A0", "plain", 1);
            w.writeRow("+SUM(A1:A2)", "-2+3", -1.5);
            w.writeRow("@import", "-", "-2E-3");
            w.writeRow("\t tab", "a=b", "+4");
            w.writeRow("\r cr", "=1+1", 0);
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/output/formula-injection-expected.csv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void theRuleForWorkbooks() {
        assertThat(SpreadsheetCells.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(SpreadsheetCells.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetCells.neutralise("+359 88")).isEqualTo("'+359 88");
        assertThat(SpreadsheetCells.neutralise("Смолян")).isEqualTo("Смолян");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
