package org.dostap.data.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dostap.engine.common.ProblemCollector;

import java.io.IOException;
import java.io.StringReader;
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
record InputTable(String source, List<String> columns, List<Row> rows, boolean decimalComma) {
    /** {@code badGeometry}: a GeoJSON feature whose geometry problem was already reported. */
    record Row(int number, Map<String, String> cells, boolean badGeometry) {
        String get(String column) { return cells.getOrDefault(column, "").trim(); }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the file; any problem goes to {@code problems} and the result is then null. */
    static InputTable read(Path file, ProblemCollector problems) {
        String source = file.getFileName().toString();
        String text = InputText.read(file, problems);
        if (text == null) return null;
        String ext = source.toLowerCase(Locale.ROOT);
        if (ext.endsWith(".csv")) return csv(source, text, problems);
        if (ext.endsWith(".geojson") || ext.endsWith(".json")) return geoJson(source, text, problems);
        problems.cell(source, 0, "", "unsupported file type; use a .csv or .geojson file");
        return null;
    }

    private static InputTable csv(String source, String text, ProblemCollector problems) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < r.size(); i++) cells.put(columns.get(i), r.get(i));
                rows.add(new Row(rows.size() + 1, cells, false));
            }
            if (rows.isEmpty()) problems.cell(source, 0, "", "the file has a header but no data rows");
            return new InputTable(source, columns, rows, delimiter == ';');
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException e) {
            problems.cell(source, 0, "", "is not a readable CSV file: " + e.getMessage());
            return null;
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
        List<Row> rows = new ArrayList<>();
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
            rows.add(new Row(index, cells, !cells.containsKey("lon")));
        }
        if (rows.isEmpty()) problems.cell(source, 0, "", "the FeatureCollection has no features");
        return new InputTable(source, List.copyOf(columns), rows, false);
    }
}
