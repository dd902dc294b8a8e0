package org.dostap.web.http.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.GeoJsonFeatureWriter;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.web.http.coverage.Minutes;
import org.dostap.web.http.json.GeoJson;
import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.export.ComparisonWorkbook;
import org.dostap.web.export.CoverageWorkbook;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export of the current view (service, threshold, population column, scenario edits) per settlement:
 * CSV in UTF-8 with a byte-order mark (so Excel shows Cyrillic; {@code ?excel=bg|en}: CSV (Excel, ;)), GeoJSON, and
 * workbooks (settlements, municipalities, scenario comparison; {@code ?lang=bg|en}). Same request as coverage. CSV and
 * GeoJSON are written by the product's only writers of those formats ({@code org.dostap.data.output}).
 */
public final class ExportController {
    static final String[] CSV_HEADER = {"id", "name", "name_en", "municipality", "population", "nearest_facility",
            "travel_time_min", "covered", "connected", "service", "threshold_min", "population_column",
            "travel_time_source", "facilities_illustrative", "scenario_edits"};
    private static final GeometryFactory POINTS = new GeometryFactory();
    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final GeoJson geoJson;

    public ExportController(AccessAnalysis analysis, CoverageController coverage, GeoJson geoJson) {
        this.analysis = analysis;
        this.coverage = coverage;
        this.geoJson = geoJson;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions/{code}/export/settlements.csv", this::csv);
        routes.post("/api/regions/{code}/export/settlements.csv", this::csv);
        routes.get("/api/regions/{code}/export/settlements.geojson", this::geojson);
        routes.post("/api/regions/{code}/export/settlements.geojson", this::geojson);
        routes.get("/api/regions/{code}/export/settlements.xlsx", this::settlementsXlsx);
        routes.post("/api/regions/{code}/export/settlements.xlsx", this::settlementsXlsx);
        routes.get("/api/regions/{code}/export/municipalities.xlsx", this::municipalitiesXlsx);
        routes.post("/api/regions/{code}/export/municipalities.xlsx", this::municipalitiesXlsx);
        routes.post("/api/regions/{code}/export/comparison.xlsx", this::comparisonXlsx);
    }

    /** Settlements, the municipal table and provenance of the current view. */
    private void settlementsXlsx(Context ctx) {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        SheetLanguage lang = Workbooks.language(ctx);
        Workbooks.xlsx(ctx, CoverageWorkbook.sheets(v.region(), v.result(), v.query().edits().size(), lang), lang, fileName(v, "settlements", "xlsx"));
    }

    private void municipalitiesXlsx(Context ctx) {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        SheetLanguage lang = Workbooks.language(ctx);
        List<Sheet> all = CoverageWorkbook.sheets(v.region(), v.result(), v.query().edits().size(), lang);
        Workbooks.xlsx(ctx, List.of(all.get(1), all.get(2)), lang, fileName(v, "municipalities", "xlsx"));
    }

    /** The scenario (edits in the body) against the baseline. */
    private void comparisonXlsx(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        SheetLanguage lang = Workbooks.language(ctx);
        Comparison c = analysis.compareWithBaseline(q);
        Workbooks.xlsx(ctx, ComparisonWorkbook.sheets(c, lang), lang, fileName(c.after(), "comparison", "xlsx"));
    }

    /** {@code ?excel=bg|en}: CSV (Excel, ;) with headers in that language, ';' and decimal commas. */
    private boolean excelCsv(Context ctx, CoverageView v) {
        String excel = ctx.queryParam("excel");
        if (excel == null || excel.isBlank() || excel.equals("false")) return false;
        SheetLanguage lang = excel.equals("true") || excel.equals("1") ? Workbooks.language(ctx) : SheetLanguage.parse(excel);
        Workbooks.excelCsv(ctx, CoverageWorkbook.settlements(v.region(), v.result(), lang), lang, fileName(v, "settlements-excel", "csv"));
        return true;
    }

    private static String fileName(CoverageView v, String what, String extension) {
        return "dostap-" + v.query().regionCode() + "-" + what + "-" + v.query().serviceType() + "-"
                + v.query().thresholdSeconds() / 60 + "min-" + v.result().populationColumn()
                + (v.query().isBaseline() ? "" : "-scenario") + "." + extension;
    }

    private void csv(Context ctx) throws IOException {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        if (excelCsv(ctx, v)) return;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter csv = CsvTableWriter.openCrlf(out, List.of(CSV_HEADER), true)) {
            for (int i = 0; i < v.region().settlements().size(); i++) {
                Settlement s = v.region().settlements().get(i);
                ServiceAccess a = v.access(i);
                csv.writeRow(s.id(), s.name(), s.nameEn(), s.municipality(), v.settlement(i).population(),
                        a.nearestFacilityId(), Minutes.of(a.travelTimeSeconds()), a.covered(),
                        v.settlement(i).connected(), v.query().serviceType(), v.query().thresholdSeconds() / 60,
                        v.result().populationColumn(), source(v), v.region().anyIllustrativeFacility(), v.query().edits().size());
            }
        }
        attachment(ctx, v, "csv");
        ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
    }

    /** How the file was made, as the collection's {@code dostap} member. */
    record ExportMeta(String region, String service, int thresholdMin, String populationColumn, String travelTimeSource,
                      String travelTimeDescription, boolean facilitiesIllustrative, int scenarioEdits) { }

    private void geojson(Context ctx) throws IOException {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        ExportMeta meta = new ExportMeta(v.query().regionCode(), v.query().serviceType(), v.query().thresholdSeconds() / 60,
                v.query().populationColumn(), source(v), v.result().provenance().travelTimeDescription(),
                v.region().anyIllustrativeFacility(), v.query().edits().size());
        List<GeoJsonFeatureWriter.Feature> features = new ArrayList<>();
        for (int i = 0; i < v.region().settlements().size(); i++) {
            Settlement s = v.region().settlements().get(i);
            ServiceAccess a = v.access(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", s.id());
            p.put("name", s.name());
            p.put("name_en", s.nameEn());
            p.put("municipality", s.municipality());
            p.put("population", v.settlement(i).population());
            p.put("nearest_facility", a.nearestFacilityId());
            p.put("travel_time_min", Minutes.of(a.travelTimeSeconds()));
            p.put("covered", a.covered());
            p.put("connected", v.settlement(i).connected());
            features.add(new GeoJsonFeatureWriter.Feature(POINTS.createPoint(new Coordinate(s.location().lon(), s.location().lat())), p));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureWriter.write(out, Map.of("dostap", meta), features, GeoJsonFeatureWriter.DEFAULT_DECIMALS);
        attachment(ctx, v, "geojson");
        ctx.contentType("application/geo+json; charset=utf-8").result(out.toByteArray());
    }

    private static String source(CoverageView v) { return v.result().provenance().travelTimeSource(); }

    private static void attachment(Context ctx, CoverageView v, String extension) {
        String name = "dostap-" + v.query().regionCode() + "-" + v.query().serviceType() + "-"
                + v.query().thresholdSeconds() / 60 + "min-" + v.result().populationColumn()
                + (v.query().isBaseline() ? "" : "-scenario") + "." + extension;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }
}
