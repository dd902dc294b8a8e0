package org.dostap.data.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "CSV (Excel, ;)": a sheet as CSV for Excel with Bulgarian (and most continental) regional settings: UTF-8 with a
 * byte-order mark, {@code ;} between cells, decimal commas ({@code 27,6}), CRLF line ends, booleans as Да/Не or
 * Yes/No, formula-like text neutralised. Text that Excel would read as a number, date or time when it opens the file
 * (EKATTE {@code 00196} became 196; {@code 2002-2017}, {@code 09:00-15:00}, {@code 1/2}) is written as the text
 * formula {@code ="00196"}, which Excel shows as the text 00196: codes keep their leading zeros and stay text.
 */
public final class ExcelCsvWriter {
    /** Text Excel converts on opening a CSV: starts with a digit and holds only digits and number/date/time separators, or a percentage or exponent. */
    private static final java.util.regex.Pattern EXCEL_CONVERTS =
            java.util.regex.Pattern.compile("[0-9][0-9 .,:/\\-]*%?|[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");

    private ExcelCsvWriter() { }

    /** Writes to {@code out}, which stays open. */
    public static void write(OutputStream out, Sheet sheet, SheetLanguage lang) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(w);
        p.printRecord(sheet.headers().stream().map(ExcelCsvWriter::text).toList());
        for (List<Object> row : sheet.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) cells.add(cell(v, lang));
            p.printRecord(cells);
        }
        p.flush();
        w.flush();
    }

    static String cell(Object v, SheetLanguage lang) {
        if (v == null) return "";
        if (v instanceof Boolean b) return lang.yesNo(b);
        if (v instanceof Double d && !Double.isFinite(d)) return "";
        if (v instanceof Double || v instanceof Float) return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
        if (v instanceof Number n) return n.toString().replace('.', ',');
        return text(String.valueOf(v));
    }

    /** A text cell: kept as text when Excel would convert it ({@code ="00196"}), otherwise neutralised against formulas. */
    static String text(String s) {
        if (EXCEL_CONVERTS.matcher(s).matches()) return "=\"" + s + "\"";
        return SpreadsheetText.safe(s);
    }
}
