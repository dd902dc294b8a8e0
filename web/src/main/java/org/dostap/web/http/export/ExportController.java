package org.dostap.web.http.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.GeoJsonFeatureWriter;
import org.dostap.web.http.work.Async;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.SettlementAccessRow;
import org.dostap.web.analysis.SettlementColumns;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.export.ComparisonWorkbook;
import org.dostap.web.export.CoverageWorkbook;
import java.util.List;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;

/**
 * Export of the current view (service, threshold, population column, scenario edits) per settlement:
 * CSV in UTF-8 with a byte-order mark (so Excel shows Cyrillic; {@code ?excel=bg|en}: CSV (Excel, ;)), GeoJSON, and
 * workbooks (settlements, municipalities, scenario comparison; {@code ?lang=bg|en}). Same request as coverage.
 */
public final class ExportController {
    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final GeoJsonNodes geoJson;
    private final HeavyWork work;

    public ExportController(AccessAnalysis analysis, CoverageController coverage, GeoJsonNodes geoJson, HeavyWork work) {
        this.analysis = analysis;
        this.work = work;
        this.coverage = coverage;
        this.geoJson = geoJson;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions/{code}/export/settlements.csv", this::csv);
        routes.post("/api/regions/{code}/export/settlements.csv", this::csv);
        routes.get("/api/regions/{code}/export/settlements.geojson", this::geojson);
        routes.post("/api/regions/{code}/export/settlements.geojson", this::geojson);
        routes.get("/api/regions/{code}/export/provenance.json", this::provenance);
        routes.post("/api/regions/{code}/export/provenance.json", this::provenance);
        routes.get("/api/regions/{code}/export/settlements.xlsx", this::settlementsXlsx);
        routes.post("/api/regions/{code}/export/settlements.xlsx", this::settlementsXlsx);
        routes.get("/api/regions/{code}/export/municipalities.xlsx", this::municipalitiesXlsx);
        routes.post("/api/regions/{code}/export/municipalities.xlsx", this::municipalitiesXlsx);
        routes.post("/api/regions/{code}/export/comparison.xlsx", this::comparisonXlsx);
    }

    /**
     * The provenance of an export of the same request (the CSV has no place for it that keeps it RFC 4180): the
     * {@code provenance} object of the GeoJSON, the workbook's provenance sheet and the coverage answer.
     */
    private void provenance(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        Async.bytes(ctx, "application/json", work.submit("provenance of " + q.regionCode(), coverage.cost(q), () ->
                org.dostap.data.output.JsonOutput.mapper().writeValueAsBytes(analysis.provenance(analysis.coverage(q)))));
    }

    /** Settlements, the municipal table and provenance of the current view. */
    private void settlementsXlsx(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        SheetLanguage lang = Workbooks.language(ctx);
        Workbooks.sendXlsx(ctx, work.submit("workbook of " + q.regionCode(), coverage.cost(q), () -> {
            CoverageView v = analysis.coverage(q);
            return new Workbooks.Download(Workbooks.xlsx(CoverageWorkbook.sheets(v, lang, analysis.provenance(v)), lang),
                    fileName(v, "settlements", "xlsx"));
        }));
    }

    private void municipalitiesXlsx(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        SheetLanguage lang = Workbooks.language(ctx);
        Workbooks.sendXlsx(ctx, work.submit("workbook of " + q.regionCode(), coverage.cost(q), () -> {
            CoverageView v = analysis.coverage(q);
            List<Sheet> all = CoverageWorkbook.sheets(v, lang, analysis.provenance(v));
            return new Workbooks.Download(Workbooks.xlsx(List.of(all.get(1), all.get(2)), lang), fileName(v, "municipalities", "xlsx"));
        }));
    }

    /** The scenario (edits in the body) against the baseline. */
    private void comparisonXlsx(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        SheetLanguage lang = Workbooks.language(ctx);
        Workbooks.sendXlsx(ctx, work.submit("comparison workbook of " + q.regionCode(), 2 * coverage.cost(q), () -> {
            Comparison c = analysis.compareWithBaseline(q);
            return new Workbooks.Download(Workbooks.xlsx(ComparisonWorkbook.sheets(c, lang, analysis.provenance(c.after())), lang), fileName(c.after(), "comparison", "xlsx"));
        }));
    }

    /** {@code ?excel=bg|en}: CSV (Excel, ;) with headers in that language, ';' and decimal commas. */
    private void excelCsv(Context ctx, String excel) {
        CoverageQuery q = coverage.query(ctx);
        SheetLanguage lang = excel.equals("true") || excel.equals("1") ? Workbooks.language(ctx) : SheetLanguage.parse(excel);
        Workbooks.send(ctx, "text/csv; charset=utf-8", work.submit("CSV export of " + q.regionCode(), coverage.cost(q), () -> {
            CoverageView v = analysis.coverage(q);
            return new Workbooks.Download(Workbooks.excelCsv(CoverageWorkbook.settlements(v, lang), lang),
                    fileName(v, "settlements-excel", "csv"));
        }));
    }

    private static String fileName(CoverageView v, String what, String extension) {
        return "dostap-" + v.query().regionCode() + "-" + what + "-" + v.query().serviceType() + "-"
                + v.query().thresholdSeconds() / 60 + "min-" + v.result().populationColumn()
                + (v.query().isBaseline() ? "" : "-scenario") + "." + extension;
    }

    private void csv(Context ctx) {
        String excel = ctx.queryParam("excel");
        if (excel != null && !excel.isBlank() && !excel.equals("false")) {
            excelCsv(ctx, excel);
            return;
        }
        CoverageQuery q = coverage.query(ctx);
        ctx.header("Content-Disposition", attachment(q, "csv"));
        Async.bytes(ctx, "text/csv; charset=utf-8", work.submit("CSV export of " + q.regionCode(), coverage.cost(q), () -> csv(q)));
    }

    /**
     * The CSV, written by the one CSV writer (cells a spreadsheet would take for formulas are neutralised): the view's
     * {@link SettlementAccessRow}s in the {@link SettlementColumns#API_CSV} layout.
     */
    private byte[] csv(CoverageQuery q) {
        SettlementColumns.Table table = SettlementColumns.table(analysis.coverage(q), SettlementColumns.API_CSV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter csv = CsvTableWriter.open(out, table.header())) {
            for (List<Object> row : table.rows()) csv.writeRow(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void geojson(Context ctx) {
        CoverageQuery q = coverage.query(ctx);
        ctx.header("Content-Disposition", attachment(q, "geojson"));
        Async.bytes(ctx, "application/geo+json; charset=utf-8", work.submit("GeoJSON export of " + q.regionCode(),
                coverage.cost(q), () -> geojson(q)));
    }

    /** How the file was made, as the collection's {@code dostap} member. */
    record ExportMeta(String region, String service, int thresholdMin, String populationColumn, String travelTimeSource,
                      String travelTimeDescription, boolean facilitiesIllustrative, int scenarioEdits) { }

    /** The GeoJSON, written by the one GeoJSON writer. */
    private byte[] geojson(CoverageQuery q) {
        CoverageView v = analysis.coverage(q);
        SettlementColumns.Context context = SettlementColumns.Context.of(v);
        ExportMeta meta = new ExportMeta(v.query().regionCode(), context.service(), v.query().thresholdSeconds() / 60,
                context.populationColumn(), context.travelTimeSource(), v.result().provenance().travelTimeDescription(),
                context.facilitiesIllustrative(), context.scenarioEdits());
        List<GeoJsonFeatureWriter.Feature> features = SettlementColumns.features(SettlementAccessRow.of(v), context,
                SettlementColumns.API_GEOJSON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
            members.put("dostap", meta);
            members.put("provenance", analysis.provenance(v));
            GeoJsonFeatureWriter.write(out, members, features, GeoJsonFeatureWriter.DEFAULT_DECIMALS);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String source(CoverageView v) { return v.result().provenance().travelTimeSource(); }

    private String attachment(CoverageQuery q, String extension) {
        String column = q.populationColumn() == null || q.populationColumn().isBlank()
                ? analysis.region(q.regionCode()).defaultPopulationColumn() : q.populationColumn();
        String name = "dostap-" + q.regionCode() + "-" + q.serviceType() + "-" + q.thresholdSeconds() / 60 + "min-" + column
                + (q.isBaseline() ? "" : "-scenario") + "." + extension;
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }
}
