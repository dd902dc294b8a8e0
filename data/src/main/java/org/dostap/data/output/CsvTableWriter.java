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
 * Writes a CSV table in UTF-8 (commons-csv, RFC 4180 quoting, LF line ends), optionally with a byte-order
 * mark so that Excel opens Cyrillic text correctly. {@code null} cells are written empty; other values
 * with {@link String#valueOf(Object)}, so format numbers before passing them when the format matters. Every cell,
 * header included, passes {@link SpreadsheetCells#cell}: text that a spreadsheet would take for a formula is
 * neutralised. This is the one place CSV is written.
 */
public final class CsvTableWriter implements Closeable {
    private static final char BOM = '\uFEFF';
    private final CSVPrinter printer;
    private final int columns;

    private CsvTableWriter(OutputStream out, List<String> header, boolean excelBom, String recordSeparator) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (excelBom) writer.write(BOM);
        this.printer = CSVFormat.DEFAULT.builder().setRecordSeparator(recordSeparator).get().print(writer);
        this.columns = header.size();
        printer.printRecord(header.stream().map(SpreadsheetCells::cell).toList());
    }

    /** Opens {@code file} (created or replaced) and writes the header row. */
    public static CsvTableWriter open(Path file, List<String> header, boolean excelBom) throws IOException {
        return new CsvTableWriter(Files.newOutputStream(file), header, excelBom, "\n");
    }

    /** Writes to a stream the caller owns; {@link #close()} closes it. */
    public static CsvTableWriter open(OutputStream out, List<String> header, boolean excelBom) throws IOException {
        return new CsvTableWriter(out, header, excelBom, "\n");
    }

    /** As {@link #open(OutputStream, List, boolean)} with CRLF line ends (RFC 4180; what Excel writes), for downloads. */
    public static CsvTableWriter openCrlf(OutputStream out, List<String> header, boolean excelBom) throws IOException {
        return new CsvTableWriter(out, header, excelBom, "\r\n");
    }

    /** Writes a whole table in one call. */
    public static void write(Path file, List<String> header, Iterable<? extends List<?>> rows, boolean excelBom)
            throws IOException {
        try (CsvTableWriter w = open(file, header, excelBom)) {
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
