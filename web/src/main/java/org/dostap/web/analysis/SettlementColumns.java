package org.dostap.web.analysis;

import org.dostap.data.output.GeoJsonFeatureWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * THE columns of a table of {@link SettlementAccessRow}s: their names and their one order, declared here and nowhere
 * else (ArchitectureTest). Every file of settlement rows is this table: the command line's settlements.csv,
 * settlements.geojson (properties) and settlements.gpkg (layer columns), the API's CSV and GeoJSON export, the
 * workbook's settlements sheet (its titles translated by key). The files differ only by which {@link Group}s they
 * carry, a documented choice ({@link Layout}): never by order or names.
 */
public final class SettlementColumns {
    /** Groups of columns a layout carries or leaves out. */
    public enum Group {
        /** id, name, municipality (code), population (of the population column in use). */
        IDENTITY,
        /** name_en: the API's export, as the bilingual page shows names. */
        NAME_EN,
        /** municipality_name, nearest_facility_name beside their codes, in the sheet's language: the workbook. */
        NAMES_BESIDE,
        /** nearest_facility, travel_time_min with its band _low/_high, covered, connected: every layout. */
        ACCESS,
        /** snap_distance_m and e2sfca_places_per_1000: the analyst's full table (command line, GeoPackage). */
        DETAIL,
        /** lon, lat: a CSV has no geometry (GeoJSON and GeoPackage carry the point instead). */
        COORDINATES,
        /** service, threshold_min, population_column, travel_time_source, facilities_illustrative: how the row was made. */
        CONTEXT,
        /** scenario_edits: the API export of the map's scenario (the command line runs no edits). */
        SCENARIO_EDITS,
        /** {service}_nearest_facility and {service}_travel_time_min for every other service type of the region ({service} in snake_case). */
        OTHER_SERVICES
    }

    /** Which groups a file carries, always in the one column order. */
    public record Layout(Set<Group> groups) {
        public Layout {
            groups = Set.copyOf(groups);
        }

        static Layout of(Group... groups) { return new Layout(EnumSet.copyOf(Arrays.asList(groups))); }

        public Layout without(Group group) {
            EnumSet<Group> g = EnumSet.copyOf(groups);
            g.remove(group);
            return new Layout(g);
        }
    }

    /** {@code coverage}'s settlements.csv (contract: docs and CoverageCommandTest). */
    public static final Layout COMMAND_LINE_CSV = Layout.of(Group.IDENTITY, Group.ACCESS, Group.DETAIL, Group.COORDINATES,
            Group.CONTEXT, Group.OTHER_SERVICES);
    /** {@code coverage}'s settlements.geojson: the CSV's columns as properties, the point as geometry. */
    public static final Layout COMMAND_LINE_GEOJSON = COMMAND_LINE_CSV.without(Group.COORDINATES);
    /**
     * {@code coverage}'s settlements.gpkg: the access columns beside the layer's own id, names, municipality and
     * population columns (GeoPackageExporter), the point as geometry.
     */
    public static final Layout GEOPACKAGE = Layout.of(Group.ACCESS, Group.DETAIL, Group.CONTEXT, Group.OTHER_SERVICES);
    /** The API's /export/settlements.csv: the map's view, named in both languages, with its scenario's edit count. */
    public static final Layout API_CSV = Layout.of(Group.IDENTITY, Group.NAME_EN, Group.ACCESS, Group.CONTEXT, Group.SCENARIO_EDITS);
    /** The API's /export/settlements.geojson: how it was made is the collection's {@code dostap} member, not a property. */
    public static final Layout API_GEOJSON = Layout.of(Group.IDENTITY, Group.NAME_EN, Group.ACCESS);
    /**
     * The workbook's settlements sheet (settlements.xlsx, and "CSV (Excel, ;)": {@code ?excel=bg|en}, settlements-excel.csv):
     * for reading, names beside codes; how it was made is the provenance sheet.
     */
    public static final Layout WORKBOOK = Layout.of(Group.IDENTITY, Group.NAME_EN, Group.NAMES_BESIDE, Group.ACCESS);

    /** How the rows were made: the values of the {@link Group#CONTEXT} and {@link Group#SCENARIO_EDITS} columns. */
    public record Context(String service, Object thresholdMin, String populationColumn, String travelTimeSource,
                          boolean facilitiesIllustrative, int scenarioEdits, List<String> otherServices,
                          Map<String, String> municipalityNames, Map<String, String> facilityNames) {
        public Context {
            otherServices = List.copyOf(otherServices);
            municipalityNames = Map.copyOf(municipalityNames);
            facilityNames = Map.copyOf(facilityNames);
        }

        /** With the names of {@link Group#NAMES_BESIDE}: municipality by code, facility by id, in the sheet's language. */
        public Context withNames(Map<String, String> municipalityNames, Map<String, String> facilityNames) {
            return new Context(service, thresholdMin, populationColumn, travelTimeSource, facilitiesIllustrative, scenarioEdits,
                    otherServices, municipalityNames, facilityNames);
        }

        public static Context of(CoverageView v) {
            return new Context(v.query().serviceType(), SettlementAccessRow.minutes(v.query().thresholdSeconds()),
                    v.result().populationColumn(), v.result().provenance().travelTimeSource(),
                    v.result().provenance().facilitiesIllustrative(), v.query().edits().size(),
                    v.region().services().list().stream().map(t -> t.id()).filter(t -> !t.equals(v.query().serviceType())).toList(),
                    Map.of(), Map.of());
        }
    }

    /** The columns, in their one order. */
    private enum Column {
        ID("id", Group.IDENTITY, (r, c) -> r.id()),
        NAME("name", Group.IDENTITY, (r, c) -> r.name()),
        NAME_EN("name_en", Group.NAME_EN, (r, c) -> r.nameEn()),
        MUNICIPALITY("municipality", Group.IDENTITY, (r, c) -> r.municipality()),
        MUNICIPALITY_NAME("municipality_name", Group.NAMES_BESIDE, (r, c) -> c.municipalityNames().get(r.municipality())),
        POPULATION("population", Group.IDENTITY, (r, c) -> r.population()),
        NEAREST_FACILITY("nearest_facility", Group.ACCESS, (r, c) -> r.nearestFacilityId()),
        NEAREST_FACILITY_NAME("nearest_facility_name", Group.NAMES_BESIDE,
                (r, c) -> r.nearestFacilityId() == null ? null : c.facilityNames().get(r.nearestFacilityId())),
        TRAVEL_TIME_MIN("travel_time_min", Group.ACCESS, (r, c) -> r.travelTimeMin()),
        TRAVEL_TIME_MIN_LOW("travel_time_min_low", Group.ACCESS, (r, c) -> r.travelTimeMinLow()),
        TRAVEL_TIME_MIN_HIGH("travel_time_min_high", Group.ACCESS, (r, c) -> r.travelTimeMinHigh()),
        COVERED("covered", Group.ACCESS, (r, c) -> r.covered()),
        SNAP_DISTANCE_M("snap_distance_m", Group.DETAIL, (r, c) -> r.snapDistanceM()),
        CONNECTED("connected", Group.ACCESS, (r, c) -> r.connected()),
        LON("lon", Group.COORDINATES, (r, c) -> r.lon()),
        LAT("lat", Group.COORDINATES, (r, c) -> r.lat()),
        E2SFCA("e2sfca_places_per_1000", Group.DETAIL, (r, c) -> r.e2sfcaPlacesPer1000()),
        SERVICE("service", Group.CONTEXT, (r, c) -> c.service()),
        THRESHOLD_MIN("threshold_min", Group.CONTEXT, (r, c) -> c.thresholdMin()),
        POPULATION_COLUMN("population_column", Group.CONTEXT, (r, c) -> c.populationColumn()),
        TRAVEL_TIME_SOURCE("travel_time_source", Group.CONTEXT, (r, c) -> c.travelTimeSource()),
        FACILITIES_ILLUSTRATIVE("facilities_illustrative", Group.CONTEXT, (r, c) -> c.facilitiesIllustrative()),
        SCENARIO_EDITS("scenario_edits", Group.SCENARIO_EDITS, (r, c) -> c.scenarioEdits());

        final String title;
        final Group group;
        final BiFunction<SettlementAccessRow, Context, Object> value;

        Column(String title, Group group, BiFunction<SettlementAccessRow, Context, Object> value) {
            this.title = title;
            this.group = group;
            this.value = value;
        }
    }

    /** A header and its rows (of the settlements {@code ids}): what the CSV, GeoJSON and GeoPackage writers of data/output take. */
    public record Table(List<String> ids, List<String> header, List<List<Object>> rows) {
        /** Row {@code i} as a feature's properties, in column order. */
        public Map<String, Object> properties(int i) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) p.put(header.get(c), rows.get(i).get(c));
            return p;
        }

        /** Column {@code name} by settlement id (GeoPackage extra columns). */
        public Map<String, Object> column(String name) {
            int c = header.indexOf(name);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).get(c) != null) values.put(ids.get(i), rows.get(i).get(c));
            return values;
        }
    }

    private static final GeometryFactory POINTS = new GeometryFactory();

    private SettlementColumns() { }

    /**
     * A service type's id as the snake_case start of its columns ({@code community-support} ->
     * {@code community_support_travel_time_min}): a GeoPackage column, a QGIS field or a spreadsheet formula cannot
     * name {@code community-support_...}.
     */
    public static String otherServicePrefix(String serviceId) {
        return serviceId.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The rows as GeoJSON / GeoPackage features: the settlement's point, the row in {@code layout} as properties. */
    public static List<GeoJsonFeatureWriter.Feature> features(List<SettlementAccessRow> rows, Context context, Layout layout) {
        Table table = table(rows, context, layout);
        List<GeoJsonFeatureWriter.Feature> features = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++)
            features.add(new GeoJsonFeatureWriter.Feature(POINTS.createPoint(new Coordinate(rows.get(i).lon(), rows.get(i).lat())),
                    table.properties(i)));
        return features;
    }

    /** The table of {@code v}'s rows ({@link SettlementAccessRow#of}) in {@code layout}. */
    public static Table table(CoverageView v, Layout layout) {
        return table(SettlementAccessRow.of(v), Context.of(v), layout);
    }

    /** The table of {@code rows} made in {@code context}, in {@code layout}. */
    public static Table table(List<SettlementAccessRow> rows, Context context, Layout layout) {
        List<Column> columns = Arrays.stream(Column.values()).filter(c -> layout.groups().contains(c.group)).toList();
        List<String> header = new ArrayList<>(columns.stream().map(c -> c.title).toList());
        boolean others = layout.groups().contains(Group.OTHER_SERVICES);
        if (others) for (String service : context.otherServices()) {
            header.add(otherServicePrefix(service) + "_nearest_facility");
            header.add(otherServicePrefix(service) + "_travel_time_min");
        }
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (SettlementAccessRow r : rows) {
            List<Object> row = new ArrayList<>(header.size());
            for (Column c : columns) row.add(c.value.apply(r, context));
            if (others) for (SettlementAccessRow.OtherService o : r.otherServices()) {
                row.add(o.nearestFacilityId());
                row.add(o.travelTimeMin());
            }
            cells.add(row);
        }
        return new Table(rows.stream().map(SettlementAccessRow::id).toList(), List.copyOf(header), cells);
    }
}
