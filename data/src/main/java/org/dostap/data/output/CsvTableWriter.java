package org.dostap.data.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a CSV table, the one rule for every CSV file and download the product gives its users (docs/ARCHITECTURE.md,
 * "CSV files"): UTF-8 with a byte-order mark (without it Excel reads the Cyrillic as Windows-1251 mojibake), {@code ,}
 * between cells and {@code .} in numbers (RFC 4180 quoting by commons-csv), CRLF line ends (RFC 4180; what Excel
 * writes). Excel with Bulgarian settings splits a double-clicked CSV on {@code ;}: for it the settlement table also
 * comes as "CSV (Excel, ;)" ({@link ExcelCsvWriter}); other tables open with Data > From Text/CSV, and LibreOffice
 * asks. {@code null} cells are written empty; other values with {@link String#valueOf(Object)}, so format numbers
 * before passing them when the format matters. Every cell, header included, passes {@link SpreadsheetCells#cell}:
 * text that a spreadsheet would take for a formula is neutralised. The bundled data files that Dostap reads itself
 * (data/, written by the importer) are the one exception: {@link #openBundledData} (no mark, LF).
 */
public final class CsvTableWriter implements Closeable {
    /** The byte-order mark every CSV for users starts with. */
    public static final char BOM = '\uFEFF';
    /** The line end of every CSV for users. */
    public static final String LINE_END = "\r\n";
    private final CSVPrinter printer;
    private final int columns;

    private CsvTableWriter(OutputStream out, List<String> header, boolean forUsers) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (forUsers) writer.write(BOM);
        this.printer = CSVFormat.DEFAULT.builder().setRecordSeparator(forUsers ? LINE_END : "\n").get().print(writer);
        this.columns = header.size();
        printer.printRecord(header.stream().map(SpreadsheetCells::cell).toList());
    }

    /** Opens {@code file} (created or replaced) and writes the header row. */
    public static CsvTableWriter open(Path file, List<String> header) throws IOException {
        return new CsvTableWriter(Files.newOutputStream(file), header, true);
    }

    /** Writes to a stream the caller owns (a download); {@link #close()} closes it. */
    public static CsvTableWriter open(OutputStream out, List<String> header) throws IOException {
        return new CsvTableWriter(out, header, true);
    }

    /**
     * A bundled data file under data/ that Dostap reads itself (no byte-order mark, LF line ends, so that a re-import
     * reproduces the committed files byte for byte); never for a file a user is given.
     */
    public static CsvTableWriter openBundledData(Path file, List<String> header) throws IOException {
        return new CsvTableWriter(Files.newOutputStream(file), header, false);
    }

    /** Writes a whole table in one call. */
    public static void write(Path file, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        try (CsvTableWriter w = open(file, header)) {
            for (List<?> row : rows) w.writeRow(row);
        }
    }

    /** @throws IllegalArgumentException when the row has a different number of cells than the header */
    public void writeRow(List<?> cells) throws IOException {
        if (cells.size() != columns)
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + columns);
        printer.printRecord(cells.stream().map(SpreadsheetCells::cell).toList());
    }

    public void writeRow(Object... cells) throws IOException { writeRow(Arrays.asList(cells)); }

    @Override
    public void close() throws IOException { printer.close(true); }
}
