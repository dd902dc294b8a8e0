package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a user's settlements file (PRODUCT.md "Input file contracts"), CSV or GeoJSON by extension.
 * Required: {@code id,name,lon,lat,population} (GeoJSON: Point geometry instead of lon/lat); optional
 * {@code name_en,municipality,province,kind}; every further column whose cells are whole numbers (and every column
 * named {@code pop*}, which must be) is kept as a population column by its name. Column names are case-insensitive.
 * Every problem of the file is collected and thrown at once as one {@link PlanningException}.
 */
public final class SettlementFileReader {
    /** The default population column of a user file. */
    public static final String POPULATION = "population";
    private static final List<String> REQUIRED = List.of("id", "name", "lon", "lat", POPULATION);
    private static final Set<String> KNOWN = Set.of("id", "name", "lon", "lat", POPULATION, "name_en", "municipality", "province", "kind");

    /** The settlements and their population columns, {@code population} first, then the others in file order. */
    public record SettlementInput(List<Settlement> settlements, List<String> populationColumns) {
        public SettlementInput {
            settlements = List.copyOf(settlements);
            populationColumns = List.copyOf(populationColumns);
        }
    }

    private final Envelope extent;
    private final List<GeoPoint> others;

    /**
     * @param extent the region's lon/lat extent (e.g. {@link RegionExtent}); null accepts any point on Earth that
     *               passes the {@link CoordinateSanity} rules among the file's points
     */
    public SettlementFileReader(Envelope extent) {
        this(extent, List.of());
    }

    /** @param others points the settlements are judged among besides their own (e.g. the facilities'), without an extent */
    public SettlementFileReader(Envelope extent, List<GeoPoint> others) {
        this.extent = extent == null ? null : new Envelope(extent);
        this.others = List.copyOf(others);
    }

    /** @throws PlanningException INVALID_INPUT listing every problem of the file */
    public List<Settlement> read(Path file) { return readInput(file).settlements(); }

    /** @throws PlanningException INVALID_INPUT listing every problem of the file */
    public SettlementInput readInput(Path file) {
        ProblemCollector problems = new ProblemCollector();
        InputTable table = InputTable.read(file, problems);
        if (table == null) {
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        boolean geoJson = !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        CellReader cells = new CellReader(table, problems, extent);
        cells.requireColumns(geoJson ? REQUIRED.stream().filter(c -> !c.equals("lon") && !c.equals("lat")).toList() : REQUIRED,
                geoJson ? "property" : "column");
        List<String> columns = populationColumns(table, cells);
        List<Settlement> settlements = new ArrayList<>();
        for (InputTable.Row row : table.rows()) {
            Optional<String> id = cells.id(row);
            Optional<String> name = table.columns().contains("name") ? cells.text(row, "name") : Optional.empty();
            Optional<GeoPoint> point = cells.point(row);
            Map<String, Integer> population = new LinkedHashMap<>();
            boolean ok = true;
            for (String column : columns) {
                boolean required = column.equals(POPULATION);
                if (!required && !table.columns().contains(column)) continue;
                if (required && !table.columns().contains(column)) { ok = false; continue; }
                OptionalInt v = cells.count(row, column, required ? OptionalInt.empty() : OptionalInt.of(-1));
                if (v.isEmpty()) ok = false;
                else if (v.getAsInt() >= 0) population.put(column, v.getAsInt());
            }
            if (ok && id.isPresent() && name.isPresent() && point.isPresent()) {
                settlements.add(new Settlement(id.get(), name.get(), row.get("name_en"), row.get("municipality"),
                        row.get("province"), row.get("kind"), point.get(), population));
            }
        }
        cells.checkSanity(others);
        problems.throwIfAny();
        return new SettlementInput(settlements, columns);
    }

    private static List<String> populationColumns(InputTable table, CellReader cells) {
        List<String> columns = new ArrayList<>(List.of(POPULATION));
        for (String c : table.columns()) {
            if (KNOWN.contains(c) || c.isEmpty()) continue;
            if (c.startsWith("pop") || cells.allWholeNumbers(c)) columns.add(c);
        }
        return columns;
    }
}
