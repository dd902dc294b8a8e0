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
 * Yes/No, formula-like text neutralised. Codes are text and keep their leading zeros in the file.
 */
public final class ExcelCsvWriter {
    private ExcelCsvWriter() { }

    /** Writes to {@code out}, which stays open. */
    public static void write(OutputStream out, Sheet sheet, SheetLanguage lang) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(w);
        p.printRecord(sheet.headers().stream().map(SpreadsheetText::safe).toList());
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
        return SpreadsheetText.safe(String.valueOf(v));
    }
}
