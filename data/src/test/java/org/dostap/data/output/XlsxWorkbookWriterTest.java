package org.dostap.data.output;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWorkbookWriterTest {
    @TempDir Path tmp;

    static Sheet settlements() {
        return new Sheet("Селища", List.of("ЕКАТТЕ", "Име", "Население", "Време (мин)", "Покрито"), List.of(
                Arrays.asList("00196", "Абланица", 1234, 27.6, true),
                Arrays.asList("=HYPERLINK(\"x\")", "-5 words", 0, null, false)));
    }

    @Test
    void codesStayTextNumbersAreNumbersBooleansAreDaNeAndTheHeaderIsFrozen() throws Exception {
        Path file = tmp.resolve("t.xlsx");
        XlsxWorkbookWriter.write(file, List.of(settlements(), new Sheet("Произход", List.of("Поле", "Стойност"),
                List.of(List.of("версия", "dostap 0.1.0")))), SheetLanguage.BG, "dostap 0.1.0");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("Селища", "Произход");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("ЕКАТТЕ");
            Row r = rows.get(1);
            assertThat(r.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(r.getCell(0).asString()).isEqualTo("00196");
            assertThat(r.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(r.getCell(2).asNumber()).isEqualByComparingTo("1234");
            assertThat(r.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(r.getCell(3).asNumber()).isEqualByComparingTo("27.6");
            assertThat(r.getCell(4).asString()).isEqualTo("Да");
            Row bad = rows.get(2);
            assertThat(bad.getCell(0).getType()).isEqualTo(CellType.STRING);
            // formula-like text: a text cell as written (no visible apostrophe), never a formula, Text format so an edit keeps it text
            assertThat(bad.getCell(0).asString()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(bad.getCell(0).getFormula()).isNull();
            assertThat(bad.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(bad.getCell(1).asString()).isEqualTo("-5 words");
            assertThat(bad.getCell(4).asString()).isEqualTo("Не");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("<cols>");
            assertThat(xml).contains("<autoFilter ref=\"A1:E3\"");   // the header row filters the table
            assertThat(xml).doesNotContain("<f>").doesNotContain("<f ");   // no formula anywhere
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            // the formula-like cells (A3, B3) have the Text format "@", so that an edit keeps them text; plain text (B2) does not
            assertThat(numberFormat(xml, styles, "A3")).isEqualTo("@");
            assertThat(numberFormat(xml, styles, "B3")).isEqualTo("@");
            assertThat(numberFormat(xml, styles, "B2")).isNotEqualTo("@");
        }
    }

    /** The number format code of a cell ("General" without a style), from the sheet's and the styles' XML. */
    static String numberFormat(String sheetXml, String stylesXml, String ref) {
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"([^>]*)>").matcher(sheetXml);
        assertThat(c.find()).as("cell " + ref).isTrue();
        java.util.regex.Matcher s = java.util.regex.Pattern.compile(" s=\"(\\d+)\"").matcher(c.group(1));
        if (!s.find()) return "General";
        String xfs = stylesXml.substring(stylesXml.indexOf("<cellXfs"));
        java.util.regex.Matcher xf = java.util.regex.Pattern.compile("<xf ([^>]*)").matcher(xfs);
        for (int i = 0; i <= Integer.parseInt(s.group(1)); i++) assertThat(xf.find()).isTrue();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("numFmtId=\"(\\d+)\"").matcher(xf.group(1));
        assertThat(id.find()).isTrue();
        if (id.group(1).equals("49")) return "@";
        if (id.group(1).equals("0")) return "General";
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("<numFmt numFmtId=\"" + id.group(1) + "\" formatCode=\"([^\"]*)\"").matcher(stylesXml);
        return code.find() ? code.group(1) : "builtin " + id.group(1);
    }

    @Test
    void englishSaysYesNo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbookWriter.write(out, List.of(settlements()), SheetLanguage.parse("fr"), "x");
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCell(4).asString()).isEqualTo("Yes");
            assertThat(rows.get(2).getCell(4).asString()).isEqualTo("No");
        }
    }

    @Test
    void excelCsvUsesSemicolonsAndDecimalCommasAndKeepsZeros() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCsvWriter.write(out, settlements(), SheetLanguage.BG);
        byte[] b = out.toByteArray();
        assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(b, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("ЕКАТТЕ;Име;Население;Време (мин);Покрито");
        // Excel opening the file would make 00196 the number 196: a text formula keeps the code as text
        assertThat(lines[1]).isEqualTo("\"=\"\"00196\"\"\";Абланица;1234;27,6;Да");
        assertThat(lines[2]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\";'-5 words;0;;Не");
    }

    /** Text Excel would take for a number, date or time on opening a CSV stays text; other text is left alone. */
    @Test
    void excelCsvKeepsCodesYearsAndTimesAsText() {
        assertThat(ExcelCsvWriter.text("00014")).isEqualTo("=\"00014\"");
        assertThat(ExcelCsvWriter.text("67653")).isEqualTo("=\"67653\"");
        assertThat(ExcelCsvWriter.text("2002-2017")).isEqualTo("=\"2002-2017\"");
        assertThat(ExcelCsvWriter.text("09:00-15:00")).isEqualTo("=\"09:00-15:00\"");
        assertThat(ExcelCsvWriter.text("1/2")).isEqualTo("=\"1/2\"");
        assertThat(ExcelCsvWriter.text("12E3")).isEqualTo("=\"12E3\"");
        assertThat(ExcelCsvWriter.text("Смолян")).isEqualTo("Смолян");
        assertThat(ExcelCsvWriter.text("SML31")).isEqualTo("SML31");
        assertThat(ExcelCsvWriter.text("community-support-SML31")).isEqualTo("community-support-SML31");
        assertThat(ExcelCsvWriter.text("=1+1")).isEqualTo("'=1+1");
        assertThat(ExcelCsvWriter.text("2026-12-05T05:11:34Z")).isEqualTo("2026-12-05T05:11:34Z");
    }

    @Test
    void sheetNamesAreShortenedAndUnique() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertThat(XlsxWorkbookWriter.uniqueName("a/b", used)).isEqualTo("a b");
        assertThat(XlsxWorkbookWriter.uniqueName("A B", used)).isEqualTo("A B 2");
        assertThat(XlsxWorkbookWriter.uniqueName("x".repeat(40), used)).hasSize(31);
    }
}
