package org.dostap.web.cli;

import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.JsonOutput;
import org.dostap.data.output.GeoJsonFeatureWriter;
import org.dostap.data.output.GeoJsonFeatureWriter.Feature;
import org.dostap.data.output.GeoPackageExporter;
import org.dostap.engine.catchment.Catchment;
import org.dostap.engine.catchment.CatchmentResult;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;

import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.SettlementAccessRow;
import org.dostap.web.analysis.SettlementColumns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the files of the {@code coverage} command (summary, CSV, workbook, GeoJSON, GeoPackage) into one folder, all
 * or nothing. The settlement files are the one {@link SettlementAccessRow} per settlement in the layouts of
 * {@link SettlementColumns}.
 */
final class CoverageOutputs {
    static final String SUMMARY = "summary.json";
    static final String SETTLEMENTS_CSV = "settlements.csv";
    static final String SETTLEMENTS_GEOJSON = "settlements.geojson";
    static final String SETTLEMENTS_GEOPACKAGE = "settlements.gpkg";
    static final String CATCHMENTS_GEOJSON = "catchments.geojson";
    static final String SETTLEMENTS_XLSX = "settlements.xlsx";
    static final String SETTLEMENTS_EXCEL_CSV = "settlements-excel.csv";

    private CoverageOutputs() {}

    /** The coverage files, plus capacity.json and capacity-settlements.csv when {@code capacity} is given (coverage --capacitated). */
    static void write(Path out, CoverageView view, CatchmentResult catchments, RunProvenance provenance,
                      org.dostap.data.output.SheetLanguage lang, boolean excelCsv,
                      org.dostap.engine.coverage.CapacitatedAssignment.Result capacity) throws IOException {
        CoverageResult result = view.result();
        RegionData region = view.region();
        ServiceType type = region.services().get(result.serviceTypeId());
        CoverageSummary summary = CoverageReport.summary(result, region, type, provenance);
        // the one access row per settlement, as the one table in each file's layout
        List<SettlementAccessRow> access = SettlementAccessRow.of(view);
        SettlementColumns.Context context = SettlementColumns.Context.of(view);
        SettlementColumns.Table csv = SettlementColumns.table(access, context, SettlementColumns.COMMAND_LINE_CSV);
        List<Feature> settlementFeatures = SettlementColumns.features(access, context, SettlementColumns.COMMAND_LINE_GEOJSON);
        SettlementColumns.Table layer = SettlementColumns.table(access, context, SettlementColumns.GEOPACKAGE);
        List<Feature> catchmentFeatures = catchmentFeatures(region, catchments);
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
            JsonOutput.write(dir.resolve(SUMMARY), summary);
            CsvTableWriter.write(dir.resolve(SETTLEMENTS_CSV), csv.header(), csv.rows());
            try (var os = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(SETTLEMENTS_GEOJSON)))) {
                GeoJsonFeatureWriter.write(os, java.util.Map.of("provenance", provenance), settlementFeatures, GeoJsonFeatureWriter.DEFAULT_DECIMALS);
            }
            new GeoPackageExporter().export(region, layer.header().stream().map(c -> new GeoPackageExporter.SettlementColumn(GeoPackageExporter.columnName(c), layer.column(c))).toList(),
                    geoPackageInfo(provenance), dir.resolve(SETTLEMENTS_GEOPACKAGE));
            try (var os = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(CATCHMENTS_GEOJSON)))) {
                GeoJsonFeatureWriter.write(os, java.util.Map.of("provenance", provenance), catchmentFeatures, GeoJsonFeatureWriter.DEFAULT_DECIMALS);
            }
            var sheets = org.dostap.web.export.CoverageWorkbook.sheets(view, lang, provenance);
            org.dostap.data.output.XlsxWorkbookWriter.write(dir.resolve(SETTLEMENTS_XLSX), sheets, lang, result.provenance().softwareVersion());
            if (excelCsv) try (var os = java.nio.file.Files.newOutputStream(dir.resolve(SETTLEMENTS_EXCEL_CSV))) {
                org.dostap.data.output.ExcelCsvWriter.write(os, sheets.get(0), lang);
            }
            if (capacity != null) {
                org.dostap.data.output.JsonOutput.write(dir.resolve("capacity.json"), new CapacityFile(capacity, provenance));
                List<List<Object>> capRows = new ArrayList<>();
                for (var s : capacity.settlements())
                    capRows.add(List.of(s.settlementId(), s.name(), s.municipality(), s.users(), s.servedUsers(), s.unservedUsers(),
                            String.join(";", s.shares().stream().map(sh -> sh.facilityId() + ":" + sh.users()).toList()),
                            capacity.demandUnit(), capacity.singleSource(), capacity.facilitiesIllustrative()));
                CsvTableWriter.write(dir.resolve("capacity-settlements.csv"),
                        List.of("id", "name", "municipality", "users", "served_users", "unserved_users", "centres", "demand_unit",
                                "single_source", "facilities_illustrative"), capRows);
            }
            dir.commit();
        }
    }

    /** capacity.json: the capacitated assignment's fields, and the run's provenance as every other output has it. */
    record CapacityFile(@com.fasterxml.jackson.annotation.JsonUnwrapped org.dostap.engine.coverage.CapacitatedAssignment.Result capacity,
                        RunProvenance provenance) { }

    /** The GeoPackage's dostap_info lines: the run's provenance, field by field (the region's own lines are added by the writer). */
    static Map<String, String> geoPackageInfo(RunProvenance provenance) {
        Map<String, String> info = new LinkedHashMap<>();
        JsonOutput.mapper().valueToTree(provenance).fields().forEachRemaining(e ->
                info.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return info;
    }

    private static List<Feature> catchmentFeatures(RegionData region, CatchmentResult catchments) {
        List<Feature> features = new ArrayList<>();
        for (Catchment c : catchments.catchments()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("facility_id", c.facilityId());
            props.put("facility_name", region.getFacility(c.facilityId()).name());
            props.put("service", c.serviceTypeId());
            props.put("threshold_min", CoverageReport.minutes(c.thresholdSeconds()));
            props.put("illustrative", c.illustrative());
            props.put("reached_settlements", c.reachedSettlementIds().size());
            props.put("reached_population", c.reachedPopulation());
            props.put("reached_population_low", c.reachedPopulationLow());     // the estimate's range, roads slow to fast
            props.put("reached_population_high", c.reachedPopulationHigh());
            props.put("population_column", catchments.populationColumn());
            props.put("travel_time_source", catchments.travelTimeSource());
            features.add(new Feature(c.polygon().isEmpty() ? null : c.polygon(), props));
        }
        return features;
    }
}
