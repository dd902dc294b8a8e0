package org.dostap.web.http.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import java.util.List;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Export of the current view (service, threshold, population column, scenario edits) per settlement:
 * CSV in UTF-8 with a byte-order mark (so Excel shows Cyrillic; {@code ?excel=bg|en}: CSV (Excel, ;)), GeoJSON, and
 * workbooks (settlements, municipalities, scenario comparison; {@code ?lang=bg|en}). Same request as coverage.
 */
public final class ExportController {
    static final String[] CSV_HEADER = {"id", "name", "name_en", "municipality", "population", "nearest_facility",
            "travel_time_min", "covered", "connected", "service", "threshold_min", "population_column",
            "travel_time_source", "facilities_illustrative", "scenario_edits"};
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

    private void csv(Context ctx) {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        if (excelCsv(ctx, v)) return;
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).setRecordSeparator("\r\n").get())) {
            for (int i = 0; i < v.region().settlements().size(); i++) {
                Settlement s = v.region().settlements().get(i);
                ServiceAccess a = v.access(i);
                Double min = Minutes.of(a.travelTimeSeconds());
                csv.printRecord(s.id(), s.name(), s.nameEn(), s.municipality(), v.settlement(i).population(),
                        a.nearestFacilityId() == null ? "" : a.nearestFacilityId(), min == null ? "" : min, a.covered(),
                        v.settlement(i).connected(), v.query().serviceType(), v.query().thresholdSeconds() / 60,
                        v.result().populationColumn(), source(v), v.region().anyIllustrativeFacility(), v.query().edits().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attachment(ctx, v, "csv");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void geojson(Context ctx) {
        CoverageView v = analysis.coverage(coverage.query(ctx));
        ObjectNode fc = geoJson.featureCollection();
        ObjectNode meta = fc.putObject("dostap");
        meta.put("region", v.query().regionCode()).put("service", v.query().serviceType())
                .put("threshold_min", v.query().thresholdSeconds() / 60).put("population_column", v.query().populationColumn())
                .put("travel_time_source", source(v))
                .put("travel_time_description", v.result().provenance().travelTimeDescription())
                .put("facilities_illustrative", v.region().anyIllustrativeFacility()).put("scenario_edits", v.query().edits().size());
        for (int i = 0; i < v.region().settlements().size(); i++) {
            Settlement s = v.region().settlements().get(i);
            ServiceAccess a = v.access(i);
            ObjectNode p = geoJson.addFeature(fc, geoJson.point(s.location()));
            p.put("id", s.id()).put("name", s.name()).put("name_en", s.nameEn()).put("municipality", s.municipality())
                    .put("population", v.settlement(i).population()).put("nearest_facility", a.nearestFacilityId())
                    .put("travel_time_min", Minutes.of(a.travelTimeSeconds())).put("covered", a.covered())
                    .put("connected", v.settlement(i).connected());
        }
        attachment(ctx, v, "geojson");
        ctx.contentType("application/geo+json; charset=utf-8").result(fc.toString());
    }

    private static String source(CoverageView v) { return v.result().provenance().travelTimeSource(); }

    private static void attachment(Context ctx, CoverageView v, String extension) {
        String name = "dostap-" + v.query().regionCode() + "-" + v.query().serviceType() + "-"
                + v.query().thresholdSeconds() / 60 + "min-" + v.result().populationColumn()
                + (v.query().isBaseline() ? "" : "-scenario") + "." + extension;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }
}
