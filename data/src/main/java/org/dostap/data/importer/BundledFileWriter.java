package org.dostap.data.importer;

import org.dostap.data.importer.RawBoundaries.Boundary;
import org.dostap.data.importer.RawRegister.RegisterArea;
import org.dostap.data.importer.RawRegister.RegisterSettlement;
import org.dostap.data.importer.RawTables.Registrations;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.GeoJsonFeatureWriter;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.ServiceType;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the bundled files in their documented formats (see data/README.md). */
final class BundledFileWriter {
    /** Boundaries are rounded to 5 decimals (about 1 m), far finer than their simplification. */
    static final int BOUNDARY_DECIMALS = 5;

    private BundledFileWriter() { }

    static List<String> settlementHeader() {
        List<String> h = new ArrayList<>(List.of("id", "name", "name_en", "kind", "municipality", "province", "lon", "lat"));
        for (int y = RawTables.FIRST_YEAR; y <= RawTables.LAST_YEAR; y++) h.add("pop_" + y);
        h.addAll(List.of("grao_permanent_2020", "grao_current_2020", "coordinate_source"));
        return h;
    }

    static void writeSettlements(Path file, Map<String, RegisterSettlement> register, CoordinateFixer.Result coords,
                                 Map<String, Map<Integer, Integer>> population, Map<String, Registrations> grao) throws IOException {
        try (CsvTableWriter w = CsvTableWriter.openBundledData(file, settlementHeader())) {
            for (RegisterSettlement s : register.values()) {
                GeoPoint p = coords.points().get(s.id());
                List<Object> row = new ArrayList<>(List.of(s.id(), s.name(), s.nameEn(), s.kind(), s.municipality(), s.province(),
                        p == null ? "" : coordinate(p.lon()), p == null ? "" : coordinate(p.lat())));
                Map<Integer, Integer> years = population.getOrDefault(s.id(), Map.of());
                for (int y = RawTables.FIRST_YEAR; y <= RawTables.LAST_YEAR; y++) row.add(years.get(y));
                Registrations g = grao.get(s.id());
                row.add(g == null ? null : g.permanent());
                row.add(g == null ? null : g.current());
                row.add(coords.sources().getOrDefault(s.id(), ""));
                w.writeRow(row);
            }
        }
    }

    static void writeFixes(Path file, List<CoordinateFixer.Fix> fixes) throws IOException {
        try (CsvTableWriter w = CsvTableWriter.openBundledData(file,
                List.of("id", "name", "old_lon", "old_lat", "new_lon", "new_lat", "why", "source"))) {
            for (CoordinateFixer.Fix f : fixes) {
                w.writeRow(f.id(), f.name(), f.oldPoint() == null ? "" : coordinate(f.oldPoint().lon()),
                        f.oldPoint() == null ? "" : coordinate(f.oldPoint().lat()),
                        coordinate(f.newPoint().lon()), coordinate(f.newPoint().lat()), f.why(), f.source());
            }
        }
    }

    /** municipalities.geojson (with {@code province}) or provinces.geojson; names and seats from the register. */
    static void writeAreas(Path file, Map<String, RegisterArea> register, Map<String, Boundary> bounds,
                           boolean municipalities) throws IOException {
        if (!register.keySet().equals(bounds.keySet()))
            throw new IllegalStateException(file.getFileName() + ": register codes and boundary codes differ");
        List<GeoJsonFeatureWriter.Feature> features = new ArrayList<>();
        for (RegisterArea a : register.values()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("code", a.code());
            props.put("name_bg", a.name());
            props.put("name_en", a.nameEn());
            if (municipalities) {
                String province = bounds.get(a.code()).property("PROVINCE_CODE");
                if (!a.code().startsWith(province)) throw new IllegalStateException(a.code() + " is not in province " + province);
                props.put("province", province);
            }
            props.put("seat_id", a.seatId());
            features.add(new GeoJsonFeatureWriter.Feature(bounds.get(a.code()).geometry(), props));
        }
        GeoJsonFeatureWriter.write(file, features, BOUNDARY_DECIMALS);
    }

    /** The four service types of PRODUCT.md ({@link ServiceCatalog#defaults()}). */
    static void writeServiceTypes(Path file) throws IOException {
        try (CsvTableWriter w = CsvTableWriter.openBundledData(file,
                List.of("id", "name_bg", "name_en", "standard_min", "every_settlement_must_reach", "mobile", "standard_min_foot"))) {
            for (ServiceType t : ServiceCatalog.defaults().list())
                w.writeRow(t.id(), t.nameBg(), t.nameEn(), t.standardSeconds() / 60, t.everySettlementMustReach(), t.mobile(),
                        t.footStandardSeconds() / 60);
        }
    }

    static void writeFacilities(Path file, List<IllustrativeFacilityRule.FacilityRow> rows) throws IOException {
        try (CsvTableWriter w = CsvTableWriter.openBundledData(file,
                List.of("id", "name", "service", "lon", "lat", "capacity", "municipality", "status", "illustrative"))) {
            for (IllustrativeFacilityRule.FacilityRow r : rows)
                w.writeRow(r.id(), r.name(), r.service(), coordinate(r.location().lon()), coordinate(r.location().lat()),
                        r.capacity(), r.municipality(), "existing", true);
        }
    }

    /** At most 6 decimals, no trailing zeros, never scientific notation. */
    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
