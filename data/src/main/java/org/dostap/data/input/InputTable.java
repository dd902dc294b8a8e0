package org.dostap.data.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dostap.engine.common.ProblemCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user file as a table of text cells, whatever its format: a CSV (comma or, as Excel writes it in Bulgarian
 * locales, semicolon separated) or a GeoJSON FeatureCollection of Points, whose properties become the columns
 * and whose coordinates become the {@code lon} and {@code lat} columns (a feature's own {@code "id"} member
 * stands in for a missing {@code id} property). Rows are numbered from 1: the data row
 * of a CSV (header not counted), the feature of a GeoJSON.
 */
record InputTable(String source, List<String> columns, Iterable<Row> rows, boolean decimalComma, Set<String> wholeNumberColumns) {
    /**
     * One row, compactly: its cells in column order ({@code index} maps a column to its position, shared by all rows).
     * {@code badGeometry}: a GeoJSON feature whose geometry problem was already reported.
     */
    static final class Row {
        private final int number;
        private final String[] values;
        private final Map<String, Integer> index;
        private final boolean badGeometry;

        Row(int number, String[] values, Map<String, Integer> index, boolean badGeometry) {
            this.number = number;
            this.values = values;
            this.index = index;
            this.badGeometry = badGeometry;
        }

        int number() { return number; }

        boolean badGeometry() { return badGeometry; }

        String get(String column) {
            Integer i = index.get(column);
            String v = i == null || i >= values.length ? null : values[i];
            return v == null ? "" : v.trim();
        }
    }

    /**
     * Shares equal cell texts of a column (municipality, province, kind, ...) while the column has few distinct values:
     * a million rows then hold a few hundred municipality strings, not a million.
     */
    private static final class SharedTexts {
        private static final int MAX_DISTINCT = 4_096;
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();
        private boolean gaveUp;

        String share(String v) {
            if (gaveUp || v.length() > 64) return v;
            String known = seen.putIfAbsent(v, v);
            if (known != null) return known;
            if (seen.size() > MAX_DISTINCT) { gaveUp = true; seen.clear(); }
            return v;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the file; any problem goes to {@code problems} and the result is then null. */
    static InputTable read(Path file, ProblemCollector problems) {
        String source = file.getFileName().toString();
        String ext = source.toLowerCase(Locale.ROOT);
        if (ext.endsWith(".csv")) return csv(file, source, problems);
        if (ext.endsWith(".geojson") || ext.endsWith(".json")) {
            String text = InputText.read(file, problems);
            return text == null ? null : geoJson(source, text, problems);
        }
        if (InputText.read(file, problems) == null) return null; // missing, empty or not UTF-8 first
        problems.cell(source, 0, "", "unsupported file type; use a .csv or .geojson file");
        return null;
    }

    /**
     * Streams the CSV: the whole text is never in memory and the rows are not kept. A first pass checks the encoding,
     * counts the rows and notes which columns hold only whole numbers; {@link #rows()} reads the file again each time
     * it is iterated (one pass per use), sharing equal short texts of a column.
     */
    private static InputTable csv(Path file, String source, ProblemCollector problems) {
        try (java.io.BufferedReader reader = InputText.reader(file, problems)) {
            if (reader == null) return null;
            String firstLine = InputText.firstNonBlankLine(reader);
            if (firstLine == null) {
                problems.cell(source, 0, "", "the file is empty");
                return null;
            }
            // commas; Excel's "CSV" in continental settings: semicolons; its "Text (Tab delimited)": tabs
            char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 && firstLine.indexOf(';') < 0 ? '\t'
                    : firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
            try (CSVParser parser = format.parse(reader)) {
                List<String> columns = parser.getHeaderNames().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                Map<String, Integer> index = new java.util.HashMap<>();
                for (int i = columns.size() - 1; i >= 0; i--) index.put(columns.get(i), i); // the first of equal names wins
                boolean[] whole = new boolean[columns.size()];
                java.util.Arrays.fill(whole, true);
                long rows = 0;
                for (CSVRecord r : parser) {
                    rows++;
                    for (int i = 0; i < whole.length && i < r.size(); i++)
                        if (whole[i]) whole[i] = isWholeNumber(r.get(i).trim(), delimiter != ',');
                }
                if (rows == 0) problems.cell(source, 0, "", "the file has a header but no data rows");
                Set<String> wholeColumns = new java.util.HashSet<>();
                for (int i = 0; i < whole.length; i++) if (whole[i] && index.get(columns.get(i)) == i) wholeColumns.add(columns.get(i));
                return new InputTable(source, columns, () -> csvRows(file, format, columns.size(), index), delimiter != ',', wholeColumns);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) InputText.notUtf8(file, problems);
            else problems.cell(source, 0, "", "is not a readable CSV file: " + e.getMessage());
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            InputText.notUtf8(file, problems);
            return null;
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            problems.cell(source, 0, "", "is not a readable CSV file: " + e.getMessage());
            return null;
        }
    }

    /** One more pass over a CSV whose first pass succeeded; the file is closed when the rows run out. */
    private static java.util.Iterator<Row> csvRows(Path file, CSVFormat format, int width, Map<String, Integer> index) {
        CSVParser parser;
        try {
            parser = format.parse(InputText.reader(file, new ProblemCollector()));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException(file.getFileName() + " could not be read again: " + e.getMessage(), e));
        }
        java.util.Iterator<CSVRecord> records = parser.iterator();
        SharedTexts[] shared = new SharedTexts[width];
        for (int i = 0; i < width; i++) shared[i] = new SharedTexts();
        return new java.util.Iterator<>() {
            private int number;

            @Override public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more) {
                    try { parser.close(); } catch (IOException ignored) { /* read to the end */ }
                }
                return more;
            }

            @Override public Row next() {
                CSVRecord r = records.next();
                String[] values = new String[Math.min(width, r.size())];
                for (int i = 0; i < values.length; i++) values[i] = shared[i].share(r.get(i));
                return new Row(++number, values, index, false);
            }
        };
    }

    /** Whether a cell is empty or a whole number (as {@link CellReader} reads numbers). */
    static boolean isWholeNumber(String v, boolean decimalComma) {
        if (v.isEmpty()) return true;
        try {
            new java.math.BigDecimal(decimalComma ? v.replace(',', '.') : v).intValueExact();
            return true;
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static InputTable geoJson(String source, String text, ProblemCollector problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.cell(source, 0, "", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
            return null;
        }
        if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            problems.cell(source, 0, "", "is not a GeoJSON FeatureCollection (expected \"type\": \"FeatureCollection\" with a \"features\" array)");
            return null;
        }
        Set<String> columns = new LinkedHashSet<>(List.of("lon", "lat"));
        List<Map<String, String>> cellsOf = new ArrayList<>();
        List<Boolean> bad = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            Map<String, String> cells = new LinkedHashMap<>();
            JsonNode props = feature.path("properties");
            props.fields().forEachRemaining(e -> {
                String column = e.getKey().trim().toLowerCase(Locale.ROOT);
                columns.add(column);
                cells.put(column, e.getValue().isNull() ? "" : e.getValue().asText());
            });
            JsonNode featureId = feature.path("id");
            if (!cells.containsKey("id") && (featureId.isTextual() || featureId.isNumber())) { // RFC 7946 feature "id"
                columns.add("id");
                cells.put("id", featureId.asText());
            }
            JsonNode geometry = feature.path("geometry");
            JsonNode coords = geometry.path("coordinates");
            if (!"Feature".equals(feature.path("type").asText())) {
                problems.cell(source, index, "geometry", "feature " + index + " (index " + (index - 1) + ") is not a GeoJSON Feature");
            } else if (geometry.isMissingNode() || geometry.isNull()) {
                problems.cell(source, index, "geometry", "feature " + index + " (index " + (index - 1) + ") has no geometry; expected a Point");
            } else if (!"Point".equals(geometry.path("type").asText())) {
                problems.cell(source, index, "geometry", "feature " + index + " (index " + (index - 1) + ") is a "
                        + geometry.path("type").asText("geometry of unknown type") + "; expected a Point");
            } else if (!coords.isArray() || coords.size() < 2 || !coords.get(0).isNumber() || !coords.get(1).isNumber()) {
                problems.cell(source, index, "geometry", "feature " + index + " (index " + (index - 1)
                        + ") has malformed Point coordinates; expected [lon, lat]");
            } else {
                cells.put("lon", coords.get(0).asText());
                cells.put("lat", coords.get(1).asText());
            }
            cellsOf.add(cells);
            bad.add(!cells.containsKey("lon"));
        }
        if (cellsOf.isEmpty()) problems.cell(source, 0, "", "the FeatureCollection has no features");
        List<String> names = List.copyOf(columns);
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) positions.put(names.get(i), i);
        List<Row> rows = new ArrayList<>();
        for (int f = 0; f < cellsOf.size(); f++) {
            String[] values = new String[names.size()];
            cellsOf.get(f).forEach((c, v) -> values[positions.get(c)] = v);
            rows.add(new Row(f + 1, values, positions, bad.get(f)));
        }
        Set<String> whole = new java.util.HashSet<>();
        for (String c : names) if (rows.stream().allMatch(r -> isWholeNumber(r.get(c), false))) whole.add(c);
        return new InputTable(source, names, rows, false, whole);
    }
}
