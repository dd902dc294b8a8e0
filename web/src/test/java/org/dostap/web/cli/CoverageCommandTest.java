package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.CoverageRequest;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.CoverageService;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.coverage.SettlementAccess;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap coverage} on the bundled Smolyan pilot, estimated travel times: files match the engine's numbers. */
class CoverageCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static RegionData smolyan;
    static CoverageResult engine;
    @TempDir Path tmp;

    @BeforeAll
    static void engineResult() {
        smolyan = new BundledRegionStore().getRegion("SML");
        AccessModel model = AccessModel.build(smolyan, EstimatedTravelTimes.defaults(), TravelMode.CAR, ProgressListener.NONE);
        engine = new CoverageService().evaluate(model, CoverageRequest.of("community-support", 1800));
    }

    @Test
    void smolyanTotalsThroughTheService() {
        // data/README.md: 240 settlements; pop_2017 107,282 (NSI's published province total; SOURCES.md's 107,252
        // drops two renamed villages' 2017 values)
        assertThat(engine.region().settlements()).isEqualTo(240);
        assertThat(engine.populationColumn()).isEqualTo("pop_2017");
        assertThat(engine.region().population()).isEqualTo(107_282);
        assertThat(engine.municipalities()).hasSize(10);
        assertThat(engine.municipalities().stream().mapToLong(AreaCoverage::population).sum()).isEqualTo(107_282);
        assertThat(engine.provenance().facilitiesIllustrative()).isTrue();
        assertThat(engine.provenance().travelTimeSource()).isEqualTo("estimated");
    }

    @Test
    void closingACentreChangesExactlyItsSettlementsAndNotTheBaseline() {
        AccessModel baseline = AccessModel.build(smolyan, EstimatedTravelTimes.defaults(), TravelMode.CAR, ProgressListener.NONE);
        String closed = "community-support-SML31";
        List<String> served = engine.settlements().stream()
                .filter(s -> closed.equals(s.getService("community-support").nearestFacilityId()))
                .map(SettlementAccess::settlementId).toList();
        assertThat(served).isNotEmpty();
        int columns = baseline.cachedColumns();
        CoverageResult after = new CoverageService().evaluate(
                baseline.withEdits(List.of(new ScenarioEdit.CloseFacility(closed))), CoverageRequest.of("community-support", 1800));
        assertThat(baseline.cachedColumns()).isEqualTo(columns); // closing needs no new travel times
        for (SettlementAccess s : after.settlements()) {
            var before = engine.getSettlement(s.settlementId()).getService("community-support");
            var now = s.getService("community-support");
            if (served.contains(s.settlementId())) {
                assertThat(now.nearestFacilityId()).isNotEqualTo(closed);
                assertThat(now.travelTimeSeconds()).isGreaterThanOrEqualTo(before.travelTimeSeconds());
            } else {
                assertThat(now).isEqualTo(before);
            }
        }
        assertThat(after.region().getThreshold(1800).coveredPopulation())
                .isLessThan(engine.region().getThreshold(1800).coveredPopulation());
        // the baseline model still gives the baseline result
        assertThat(new CoverageService().evaluate(baseline, CoverageRequest.of("community-support", 1800)).region())
                .isEqualTo(engine.region());
    }

    @Test
    void regionSmolyanWritesTheContractFilesWithTheEngineNumbers() throws Exception {
        Path out = tmp.resolve("sml");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "30",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("estimated travel times").contains("ILLUSTRATIVE");

        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        AreaCoverage r = engine.region();
        assertThat(s.get("settlements").asInt()).isEqualTo(240);
        assertThat(s.get("population").asLong()).isEqualTo(107_282);
        assertThat(s.get("covered_settlements").asInt()).isEqualTo(r.getThreshold(1800).coveredSettlements());
        assertThat(s.get("covered_population").asLong()).isEqualTo(r.getThreshold(1800).coveredPopulation());
        // the covered range of the estimate: p90 (slow roads) .. p10 (fast roads), around the estimate itself
        assertThat(s.get("covered_population_low").asLong()).isEqualTo(r.getThreshold(1800).coveredPopulationLow())
                .isLessThan(s.get("covered_population").asLong());
        assertThat(s.get("covered_population_high").asLong()).isEqualTo(r.getThreshold(1800).coveredPopulationHigh())
                .isGreaterThanOrEqualTo(s.get("covered_population").asLong());
        assertThat(s.get("covered_settlements_low").asInt()).isEqualTo(r.getThreshold(1800).coveredSettlementsLow());
        assertThat(s.get("covered_settlements_high").asInt()).isEqualTo(r.getThreshold(1800).coveredSettlementsHigh());
        assertThat(s.get("estimate_model").get("used").asText()).isEqualTo("times");
        assertThat(s.get("estimate_model").get("source").asText()).isEqualTo("bundled defaults");
        assertThat(s.get("estimate_model").get("networks").findValuesAsText("osm_file"))
                .containsExactly("andorra.osm.pbf", "mostar.osm.gz");
        assertThat(s.get("estimate_model").get("modes").get(0).get("bands").get(0).has("ratio_p90")).isTrue();
        assertThat(s.get("not_connected_settlements").asInt()).isZero();
        assertThat(s.get("threshold_min").asInt()).isEqualTo(30);
        assertThat(s.get("service").asText()).isEqualTo("community-support");
        assertThat(s.get("population_column").asText()).isEqualTo("pop_2017");
        assertThat(s.get("travel_time_source").asText()).isEqualTo("estimated");
        assertThat(s.get("facilities_illustrative").asBoolean()).isTrue();
        assertThat(s.get("thresholds")).hasSize(4);
        assertThat(s.get("travel_time_min").get("median").asDouble())
                .isEqualTo(Math.round(r.travelTime().medianSeconds() / 6.0) / 10.0);
        assertThat(s.get("provenance").get("software_version").asText()).startsWith("dostap ");
        JsonNode byMunicipality = s.get("by_municipality");
        assertThat(byMunicipality).hasSize(10);
        for (JsonNode m : byMunicipality) {
            AreaCoverage e = engine.getMunicipality(m.get("code").asText());
            assertThat(m.get("settlements").asInt()).isEqualTo(e.settlements());
            assertThat(m.get("population").asLong()).isEqualTo(e.population());
            assertThat(m.get("covered_settlements").asInt()).isEqualTo(e.getThreshold(1800).coveredSettlements());
            assertThat(m.get("covered_population").asLong()).isEqualTo(e.getThreshold(1800).coveredPopulation());
            assertThat(m.get("covered_population_low").asLong()).isEqualTo(e.getThreshold(1800).coveredPopulationLow());
            assertThat(m.get("covered_population_high").asLong()).isEqualTo(e.getThreshold(1800).coveredPopulationHigh());
            assertThat(m.get("not_connected_settlements").asInt()).isEqualTo(e.notConnectedSettlements());
        }

        List<CSVRecord> rows;
        try (Reader in = CsvFiles.reader(out.resolve("settlements.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(240);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "name", "municipality", "population",
                "nearest_facility", "travel_time_min", "travel_time_min_low", "travel_time_min_high", "covered", "snap_distance_m")
                .contains("travel_time_source", "facilities_illustrative");
        for (CSVRecord row : rows) {
            SettlementAccess e = engine.getSettlement(row.get("id"));
            assertThat(row.get("population")).isEqualTo(String.valueOf(e.population()));
            assertThat(row.get("nearest_facility")).isEqualTo(e.getService("community-support").nearestFacilityId());
            assertThat(row.get("covered")).isEqualTo(String.valueOf(e.getService("community-support").covered()));
            assertThat(row.get("travel_time_source")).isEqualTo("estimated");
            ServiceAccess a = e.getService("community-support");
            assertThat(Double.parseDouble(row.get("travel_time_min_low"))).isEqualTo(Math.round(a.travelTimeSecondsLow() / 6.0) / 10.0)
                    .isLessThanOrEqualTo(Double.parseDouble(row.get("travel_time_min")));
            assertThat(Double.parseDouble(row.get("travel_time_min_high"))).isEqualTo(Math.round(a.travelTimeSecondsHigh() / 6.0) / 10.0)
                    .isGreaterThanOrEqualTo(Double.parseDouble(row.get("travel_time_min")));
        }
        assertThat(rows.stream().filter(x -> x.get("covered").equals("true")).count())
                .isEqualTo(r.getThreshold(1800).coveredSettlements());

        JsonNode points = JSON.readTree(out.resolve("settlements.geojson").toFile());
        assertThat(points.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(points.get("features")).hasSize(240);
        JsonNode first = points.get("features").get(0);
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
        double lon = first.get("geometry").get("coordinates").get(0).asDouble();
        assertThat(lon).isBetween(23.5, 25.5); // lon first (Smolyan is at about 24.7 E, 41.6 N)
        JsonNode catchments = JSON.readTree(out.resolve("catchments.geojson").toFile());
        assertThat(catchments.get("features")).hasSize(10 * 4);
        JsonNode c = catchments.get("features").get(0);
        assertThat(c.get("geometry").get("type").asText()).isEqualTo("Polygon");
        assertThat(c.get("properties").get("illustrative").asBoolean()).isTrue();
        assertThat(c.get("properties").get("service").asText()).isEqualTo("community-support");
        assertThat(c.get("properties").get("threshold_min").asInt()).isEqualTo(15);
        assertThat(c.get("properties").has("facility_id")).isTrue();
    }

    @Test
    void theWorkbookAndTheExcelCsvAreWrittenBesideTheCsv() throws Exception {
        Path out = tmp.resolve("xlsx");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--lang", "bg", "--excel-csv",
                "--threshold-min", "15", "--out", out.toString()); // 15 min: some settlements are covered, some not
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("settlements.csv")).exists();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.resolve("settlements.xlsx").toFile())) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets.stream().map(x -> x.getName())).containsExactly("Селища", "Общини", "Произход");
            var rows = sheets.get(0).read();
            assertThat(rows).hasSize(241);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("ЕКАТТЕ");
            var withZero = rows.stream().skip(1).filter(r -> r.getCellText(0).startsWith("0")).findFirst().orElseThrow();
            assertThat(withZero.getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(withZero.getCellText(0)).hasSize(5);
            assertThat(withZero.getCell(5).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            int covered = java.util.stream.IntStream.range(0, rows.get(0).getCellCount())
                    .filter(c -> rows.get(0).getCellText(c).equals("В стандарта")).findFirst().orElseThrow();
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(covered)).distinct()).containsExactlyInAnyOrder("Да", "Не");
        }
        List<String> excel = CsvFiles.lines(out.resolve("settlements-excel.csv"));
        assertThat(excel.get(0)).startsWith("ЕКАТТЕ;Име;");
        // Aламовци's EKATTE 00196 as a text formula: Excel opening the file kept 196 (the number) before
        assertThat(excel).anyMatch(l -> l.startsWith("\"=\"\"00196\"\"\";Аламовци;"));
        // the closing line names every file the directory holds, no more and no fewer
        String wrote = run.out().lines().filter(l -> l.startsWith("Wrote ")).findFirst().orElseThrow();
        try (var files = java.nio.file.Files.list(out)) {
            files.forEach(f -> assertThat(wrote).contains(f.getFileName().toString()));
        }
    }

    /**
     * Coverage of a service other than community-support names community-support's columns: they were
     * {@code community-support_travel_time_min}, which the GeoPackage refused, so the whole command failed (exit 2) for
     * crisis and rehabilitation on the bundled region.
     */
    @Test
    void coverageOfTheCrisisServiceWritesEveryFileWithSnakeCaseColumnsForTheOtherServices() throws Exception {
        Path out = tmp.resolve("crisis");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "crisis", "--threshold-min", "60", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Reader r = CsvFiles.reader(out.resolve("settlements.csv"))) {
            var header = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getHeaderNames();
            assertThat(header).contains("community_support_nearest_facility", "community_support_travel_time_min",
                    "rehabilitation_travel_time_min");
            assertThat(header).allMatch(h -> h.matches("[a-z0-9_]+"), "snake_case");
        }
        assertThat(out.resolve("settlements.gpkg")).exists();
        JsonNode props = JSON.readTree(out.resolve("settlements.geojson").toFile()).get("features").get(0).get("properties");
        assertThat(props.has("community_support_travel_time_min")).isTrue();
    }

    /** The closing line gave "100763 of 107282 people covered" without the estimate's range that summary.json holds. */
    @Test
    void theConsoleLineGivesTheEstimatesRangeBesideTheCoveredCounts() throws Exception {
        Path out = tmp.resolve("range");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "crisis", "--threshold-min", "60", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("covered_population_low").asLong()).isLessThan(s.get("covered_population_high").asLong());
        assertThat(run.out()).contains(s.get("covered_population").asText() + " of " + s.get("population").asText() + " people covered (estimate range: "
                + s.get("covered_settlements_low").asText() + "-" + s.get("covered_settlements_high").asText() + " settlements, "
                + s.get("covered_population_low").asText() + "-" + s.get("covered_population_high").asText() + " people");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun run = CliRun.run("coverage", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--region", "--settlements", "--facilities", "--osm", "--population",
                "--threshold-min", "--thresholds-min", "--out");
        // the estimate is the measured, banded one (docs/estimate.md), not the old fixed rule
        assertThat(run.out()).doesNotContain("x 1.4 / 50 km/h").contains("docs/estimate.md");
    }
}
