package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProblemCollector;
import org.locationtech.jts.geom.Envelope;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Parses the cells of an {@link InputTable}, reporting every bad cell with file, row and column. */
final class CellReader {
    private final InputTable table;
    private final ProblemCollector problems;
    private final Envelope extent;
    private final Map<String, Integer> firstRowOfId = new HashMap<>();
    private final List<CoordinateSanity.Located> located = new java.util.ArrayList<>();

    CellReader(InputTable table, ProblemCollector problems, Envelope extent) {
        this.table = table;
        this.problems = problems;
        this.extent = extent;
    }

    /** One problem per required column the file lacks; true when all are there. */
    boolean requireColumns(List<String> required, String what) {
        boolean ok = true;
        for (String column : required) {
            if (!table.columns().contains(column)) {
                problem(0, column, "required " + what + " '" + column + "' is missing (found: "
                        + String.join(", ", table.columns()) + ")");
                ok = false;
            }
        }
        return ok;
    }

    /** A non-empty text cell. */
    Optional<String> text(InputTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row.number(), column, "is empty");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** The id, unique in the file. */
    Optional<String> id(InputTable.Row row) {
        Optional<String> id = text(row, "id");
        if (id.isEmpty()) return id;
        Integer first = firstRowOfId.putIfAbsent(id.get(), row.number());
        if (first != null) {
            problem(row.number(), "id", "duplicate id '" + id.get() + "' (first used on row " + first + ")");
            return Optional.empty();
        }
        return id;
    }

    /** A whole number >= 0; empty gives {@code emptyValue} when present, else a problem. */
    OptionalInt count(InputTable.Row row, String column, OptionalInt emptyValue) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (emptyValue.isEmpty()) problem(row.number(), column, "is empty");
            return emptyValue;
        }
        try {
            BigDecimal d = new BigDecimal(normalise(v));
            int n = d.intValueExact();
            if (n < 0) {
                problem(row.number(), column, "must not be negative: " + v);
                return OptionalInt.empty();
            }
            return OptionalInt.of(n);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row.number(), column, "not a whole number: \"" + v + "\"");
            return OptionalInt.empty();
        }
    }

    /** The point of the lon and lat cells, checked against the region extent (and for swapped lon/lat). */
    Optional<GeoPoint> point(InputTable.Row row) {
        if (row.badGeometry() || !table.columns().contains("lon") || !table.columns().contains("lat"))
            return Optional.empty(); // already reported: bad geometry, or a missing column
        Double lon = decimal(row, "lon"), lat = decimal(row, "lat");
        if (lon == null || lat == null) return Optional.empty();
        boolean inWorld = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
        if (inWorld && (extent == null || extent.contains(lon, lat))) {
            GeoPoint p = new GeoPoint(lon, lat);
            located.add(new CoordinateSanity.Located(table.source(), row.number(), p));
            return Optional.of(p);
        }
        if (extent != null ? extent.contains(lat, lon) : Math.abs(lon) <= 90 && Math.abs(lat) > 90) {
            problem(row.number(), "lon,lat", "lon and lat look swapped: (" + fmt(lon) + ", " + fmt(lat)
                    + ") is outside the region, (" + fmt(lat) + ", " + fmt(lon) + ") is inside; lon is the east-west coordinate");
        } else {
            problem(row.number(), "lon,lat", "coordinate (" + fmt(lon) + ", " + fmt(lat) + ") lies outside the region"
                    + (extent == null ? "" : String.format(Locale.ROOT, " (lon %.3f..%.3f, lat %.3f..%.3f)",
                    extent.getMinX(), extent.getMaxX(), extent.getMinY(), extent.getMaxY())));
        }
        return Optional.empty();
    }

    /**
     * Without an extent: the {@link CoordinateSanity} rules over every point read so far together with {@code others}
     * (e.g. the settlements, for a facilities file); problems are added to the collector.
     */
    void checkSanity(List<GeoPoint> others) {
        if (extent != null) return;
        CoordinateSanity.check(located, others).forEach(problems::add);
    }

    /** The points of a file that parse, ignoring every problem (to judge another file's points among them). */
    static List<GeoPoint> pointsOf(java.nio.file.Path file) {
        ProblemCollector ignored = new ProblemCollector();
        InputTable table = InputTable.read(file, ignored);
        if (table == null) return List.of();
        CellReader cells = new CellReader(table, ignored, null);
        List<GeoPoint> points = new java.util.ArrayList<>();
        for (InputTable.Row row : table.rows()) cells.point(row).ifPresent(points::add);
        return points;
    }

    /** Whether every non-empty cell of the column is a whole number (used to pick extra population columns). */
    boolean allWholeNumbers(String column) {
        return table.wholeNumberColumns().contains(column);
    }

    void problem(int row, String column, String message) { problems.add(table.source(), row, column, message); }

    /** A number, or null when the cell is empty (no problem) or not a number (reported). */
    Double optionalDecimal(InputTable.Row row, String column) {
        return row.get(column).isEmpty() ? null : decimal(row, column);
    }

    private Double decimal(InputTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row.number(), column, "is empty");
            return null;
        }
        try {
            return new BigDecimal(normalise(v)).doubleValue();
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(row.number(), column, "not a number: \"" + v + "\"");
        return null;
    }

    /** Semicolon-separated files (Excel, Bulgarian locale) write decimal commas. */
    private String normalise(String v) {
        return table.decimalComma() ? v.replace(',', '.') : v;
    }

    private static String fmt(double v) { return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }
}
