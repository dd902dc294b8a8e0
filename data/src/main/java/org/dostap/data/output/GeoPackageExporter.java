package org.dostap.data.output;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a region (or a scenario's region, i.e. the baseline with the edits applied) to a GeoPackage that QGIS opens
 * directly: layers {@code settlements} (points, one integer column per population column plus any extra columns such
 * as coverage results), {@code facilities} (points), {@code municipalities} (multipolygons), all EPSG:4326, and an
 * attributes table {@code dostap_info} with the provenance. The file is written next to the target and moved into
 * place at the end, so a failed export never leaves half a file.
 */
public final class GeoPackageExporter {
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Set<String> FIXED = Set.of("fid", "geom", "id", "name", "name_en", "municipality", "province", "kind");

    /** An extra settlement column: values by settlement id (Integer/Long, Double, Boolean or String; missing = null). */
    public record SettlementColumn(String name, Map<String, ?> valuesBySettlementId) {
        public SettlementColumn {
            valuesBySettlementId = Map.copyOf(valuesBySettlementId);
        }
    }

    /**
     * The GeoPackage column of a settlement file's header: characters a column name cannot hold become {@code _}, so a
     * service id's hyphen reads {@code community_support_travel_time_min} for {@code community-support_travel_time_min}.
     */
    public static String columnName(String header) {
        return header.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** What was written. */
    public record Summary(Path file, int settlements, int facilities, int municipalities) {}

    /**
     * @param info key/value lines for {@code dostap_info} (e.g. scenario name and version); region code, names and
     *             provenance are always added
     * @throws PlanningException INVALID_INPUT for bad extra column names (all listed), UNAVAILABLE if the file cannot be written
     */
    public Summary export(RegionData region, List<SettlementColumn> extra, Map<String, String> info, Path out) {
        checkColumns(region, extra);
        Path tmp = out.resolveSibling(out.getFileName() + ".part.gpkg");
        try {
            Files.deleteIfExists(tmp);
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            GeoPackageManager.create(tmp.toFile());
            GeoPackage gp = GeoPackageManager.open(tmp.toFile());
            try {
                SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
                gp.createGeometryColumnsTable();
                writeSettlements(gp, srs, region, extra);
                writeFacilities(gp, srs, region);
                writeMunicipalities(gp, srs, region);
                writeInfo(gp, region, info);
            } finally {
                gp.close();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(out, region.settlements().size(), region.facilities().size(), region.municipalities().size());
        } catch (IOException | SQLException | RuntimeException e) {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort */ }
            if (e instanceof PlanningException pe) throw pe;
            throw new PlanningException(org.dostap.engine.common.ErrorCode.UNAVAILABLE,
                    "Cannot write GeoPackage " + out + ": " + e.getMessage());
        }
    }

    private static void checkColumns(RegionData region, List<SettlementColumn> extra) {
        ProblemCollector problems = new ProblemCollector();
        Set<String> used = new HashSet<>(FIXED);
        region.populationColumns().forEach(c -> used.add(c.toLowerCase()));
        for (SettlementColumn c : extra) {
            if (!COLUMN.matcher(c.name()).matches())
                problems.cell("columns", 0, c.name(), "column name must be letters, digits and _ (at most 63)");
            else if (!used.add(c.name().toLowerCase()))
                problems.cell("columns", 0, c.name(), "column name is already used");
        }
        problems.throwIfAny();
    }

    private static void writeSettlements(GeoPackage gp, SpatialReferenceSystem srs, RegionData region, List<SettlementColumn> extra)
            throws SQLException, IOException {
        List<FeatureColumn> columns = new ArrayList<>(List.of(text("id"), text("name"), text("name_en"), text("municipality"),
                text("province"), text("kind")));
        for (String p : region.populationColumns()) columns.add(FeatureColumn.createColumn(p, GeoPackageDataType.INTEGER));
        for (SettlementColumn c : extra) columns.add(FeatureColumn.createColumn(c.name(), typeOf(c.valuesBySettlementId().values())));
        FeatureDao dao = table(gp, srs, "settlements", GeometryType.POINT, columns,
                region.settlements().stream().map(s -> point(s.location().lon(), s.location().lat())).toList());
        dao.beginTransaction(); // one transaction per layer: fast, and nothing half-written
        for (Settlement s : region.settlements()) {
            FeatureRow row = dao.newRow();
            row.setGeometry(geometry(srs, point(s.location().lon(), s.location().lat())));
            row.setValue("id", s.id());
            row.setValue("name", s.name());
            row.setValue("name_en", s.nameEn());
            row.setValue("municipality", s.municipality());
            row.setValue("province", s.province());
            row.setValue("kind", s.kind());
            for (String p : region.populationColumns())
                row.setValue(p, s.findPopulation(p).isPresent() ? (Object) (long) s.findPopulation(p).getAsInt() : null);
            for (SettlementColumn c : extra) row.setValue(c.name(), value(c.valuesBySettlementId().get(s.id())));
            dao.create(row);
        }
        dao.endTransaction(true);
    }

    private static void writeFacilities(GeoPackage gp, SpatialReferenceSystem srs, RegionData region) throws SQLException, IOException {
        List<FeatureColumn> columns = List.of(text("id"), text("name"), text("service"), text("service_name_en"),
                FeatureColumn.createColumn("capacity", GeoPackageDataType.INTEGER), text("municipality"), text("status"),
                FeatureColumn.createColumn("illustrative", GeoPackageDataType.BOOLEAN));
        FeatureDao dao = table(gp, srs, "facilities", GeometryType.POINT, columns,
                region.facilities().stream().map(f -> point(f.location().lon(), f.location().lat())).toList());
        dao.beginTransaction();
        for (Facility f : region.facilities()) {
            FeatureRow row = dao.newRow();
            row.setGeometry(geometry(srs, point(f.location().lon(), f.location().lat())));
            row.setValue("id", f.id());
            row.setValue("name", f.name());
            row.setValue("service", f.serviceType());
            row.setValue("service_name_en", region.services().find(f.serviceType()).map(t -> t.nameEn()).orElse(""));
            row.setValue("capacity", f.findCapacity().isPresent() ? (Object) (long) f.capacity() : null);
            row.setValue("municipality", f.municipality());
            row.setValue("status", f.status().label());
            row.setValue("illustrative", f.illustrative());
            dao.create(row);
        }
        dao.endTransaction(true);
    }

    private static void writeMunicipalities(GeoPackage gp, SpatialReferenceSystem srs, RegionData region) throws SQLException, IOException {
        List<FeatureColumn> columns = List.of(text("code"), text("name_bg"), text("name_en"), text("province"), text("seat_id"));
        List<Geometry> shapes = region.municipalities().stream().map(m -> multi(m.boundary())).toList();
        FeatureDao dao = table(gp, srs, "municipalities", GeometryType.MULTIPOLYGON, columns,
                shapes.stream().filter(g -> g != null).toList());
        for (int i = 0; i < region.municipalities().size(); i++) {
            AdminArea m = region.municipalities().get(i);
            FeatureRow row = dao.newRow();
            if (shapes.get(i) != null) row.setGeometry(geometry(srs, shapes.get(i)));
            row.setValue("code", m.code());
            row.setValue("name_bg", m.nameBg());
            row.setValue("name_en", m.nameEn());
            row.setValue("province", m.parentCode());
            row.setValue("seat_id", m.seatId());
            dao.create(row);
        }
    }

    private static void writeInfo(GeoPackage gp, RegionData region, Map<String, String> info) throws SQLException {
        gp.createAttributesTable(AttributesTableMetadata.create("dostap_info", List.of(
                AttributesColumn.createColumn("key", GeoPackageDataType.TEXT), AttributesColumn.createColumn("value", GeoPackageDataType.TEXT))));
        AttributesDao dao = gp.getAttributesDao("dostap_info");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("region", region.code());
        all.put("region_name_bg", region.nameBg());
        all.put("region_name_en", region.nameEn());
        all.put("population_columns", String.join(", ", region.populationColumns()));
        all.put("provenance", region.provenance());
        if (region.anyIllustrativeFacility())
            all.put("illustrative", "Facilities marked illustrative are a derived baseline, not real service locations.");
        all.put("licence", "Settlement coordinates and boundaries derived from OpenStreetMap: ODbL 1.0, © OpenStreetMap contributors");
        all.putAll(info);
        for (Map.Entry<String, String> e : all.entrySet()) {
            AttributesRow row = dao.newRow();
            row.setValue("key", e.getKey());
            row.setValue("value", e.getValue());
            dao.create(row);
        }
    }

    private static FeatureDao table(GeoPackage gp, SpatialReferenceSystem srs, String name, GeometryType type,
                                    List<FeatureColumn> columns, List<Geometry> shapes) throws SQLException {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(name, "geom"));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", new ArrayList<>(columns), bounds(shapes)));
        return gp.getFeatureDao(name);
    }

    private static BoundingBox bounds(List<Geometry> shapes) {
        if (shapes.isEmpty()) return new BoundingBox(-180, -90, 180, 90);
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        shapes.forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        return new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    private static final GeometryFactory JTS = new GeometryFactory();

    private static Geometry point(double lon, double lat) {
        return JTS.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry multi(Geometry g) {
        if (g == null || g instanceof MultiPolygon) return g;
        if (g instanceof Polygon p) return JTS.createMultiPolygon(new Polygon[] {p});
        throw new IllegalArgumentException("boundary is not a polygon: " + g.getGeometryType());
    }

    private static GeoPackageGeometryData geometry(SpatialReferenceSystem srs, Geometry g) throws IOException {
        GeoPackageGeometryData data = GeoPackageGeometryData.createAndBuildEnvelope(srs.getSrsId(),
                GeometryReader.readGeometry(new WKBWriter().write(g)));
        return data;
    }

    private static FeatureColumn text(String name) {
        return FeatureColumn.createColumn(name, GeoPackageDataType.TEXT);
    }

    private static GeoPackageDataType typeOf(java.util.Collection<?> values) {
        for (Object v : values) {
            if (v == null) continue;
            if (v instanceof Integer || v instanceof Long) return GeoPackageDataType.INTEGER;
            if (v instanceof Number) return GeoPackageDataType.DOUBLE;
            if (v instanceof Boolean) return GeoPackageDataType.BOOLEAN;
            return GeoPackageDataType.TEXT;
        }
        return GeoPackageDataType.TEXT;
    }

    private static Object value(Object v) {
        if (v instanceof Integer i) return (long) i;
        if (v instanceof Number n && !(v instanceof Long)) return n.doubleValue();
        if (v == null || v instanceof Long || v instanceof Boolean) return v;
        return v.toString();
    }
}
