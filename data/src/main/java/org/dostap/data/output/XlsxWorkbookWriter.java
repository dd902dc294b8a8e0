package org.dostap.data.output;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes sheets as an Excel workbook (.xlsx, streaming, fastexcel): a bold header row frozen in place with a filter, column widths
 * from the content, text as text (codes keep their leading zeros; formula-like text such as {@code =1+1} is a text
 * cell with the Text format {@code @}, shown as written without an apostrophe and kept text when edited,
 * {@link SpreadsheetText}), numbers as numbers, booleans as Да/Не or Yes/No.
 */
public final class XlsxWorkbookWriter {
    private static final int MAX_WIDTH = 60;

    private XlsxWorkbookWriter() { }

    public static void write(Path file, List<Sheet> sheets, SheetLanguage lang, String softwareVersion) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, sheets, lang, softwareVersion);
        }
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public static void write(OutputStream out, List<Sheet> sheets, SheetLanguage lang, String softwareVersion) throws IOException {
        Workbook wb = new Workbook(new NonClosing(out), "Dostap", appVersion(softwareVersion));
        Set<String> names = new HashSet<>();
        for (Sheet s : sheets) writeSheet(wb.newWorksheet(uniqueName(s.name(), names)), s, lang);
        wb.finish();
    }

    private static void writeSheet(Worksheet ws, Sheet s, SheetLanguage lang) {
        int columns = s.headers().size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            text(ws, 0, c, s.headers().get(c));
            width[c] = s.headers().get(c).length();
        }
        if (columns > 0) ws.range(0, 0, 0, columns - 1).style().bold().fillColor("DDE6F0").wrapText(true).set();
        int r = 1;
        for (List<Object> row : s.rows()) {
            for (int c = 0; c < columns; c++) {
                Object v = row.get(c);
                String shown;
                if (v == null) continue;
                if (v instanceof Boolean b) { shown = lang.yesNo(b); ws.value(r, c, shown); }
                else if (v instanceof Number n) {
                    if (n instanceof Double d && !Double.isFinite(d)) continue;
                    ws.value(r, c, n);
                    shown = n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString() : n.toString();
                } else { shown = String.valueOf(v); text(ws, r, c, shown); }
                width[c] = Math.max(width[c], shown.length());
            }
            r++;
        }
        for (int c = 0; c < columns; c++) ws.width(c, Math.min(MAX_WIDTH, width[c] + 2));
        ws.freezePane(0, 1);
        if (columns > 0 && r > 1) ws.setAutoFilter(0, 0, r - 1, columns - 1); // sort and filter from the header row
    }

    /**
     * A text cell. Text a spreadsheet would take for a formula gets the Text format {@code @} (fastexcel 0.19 has no
     * quotePrefix style): the cell is text on opening, shown without an apostrophe, and stays text when edited.
     */
    private static void text(Worksheet ws, int r, int c, String text) {
        ws.value(r, c, text);
        if (SpreadsheetText.startsLikeFormula(text)) ws.style(r, c).format("@").set();
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}, unique ignoring case. */
    static String uniqueName(String name, Set<String> used) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) base = "Sheet";
        if (base.length() > 31) base = base.substring(0, 31);
        String n = base;
        for (int k = 2; !used.add(n.toLowerCase(java.util.Locale.ROOT)); k++) {
            String suffix = " " + k;
            n = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return n;
    }

    /** fastexcel wants an application version of the form NN.NNNN. */
    private static String appVersion(String softwareVersion) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(softwareVersion == null ? "" : softwareVersion);
        return m.find() ? m.group(1) + "." + m.group(2) : "1.0";
    }

    /** fastexcel closes the stream it writes; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }
}
