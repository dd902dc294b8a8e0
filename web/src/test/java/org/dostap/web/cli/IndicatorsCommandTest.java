package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.Row;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.data.postgis.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap indicators}: baseline 2017 against review 2030 with a target, the numbers of the coverage use case. */
class IndicatorsCommandTest {
    @TempDir Path tmp;

    static Map<String, List<Row>> readWorkbook(byte[] xlsx) throws Exception {
        Map<String, List<Row>> out = new java.util.LinkedHashMap<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var sheet : wb.getSheets().toList()) out.put(sheet.getName(), sheet.read());
        }
        return out;
    }

    @Test
    void baselineReviewAndTarget() throws Exception {
        Path out = tmp.resolve("ind");
        CliRun run = CliRun.run("indicators", "--region", "SML", "--service", "crisis", "--review-population", "proj_2030",
                "--target-share", "0.9", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        AccessAnalysis analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.defaults());
        AccessIndicators region = AccessIndicators.of(analysis.coverage(new CoverageQuery("SML", "crisis", 3600, "pop_2017", List.of()))).get(0);
        JsonNode json = new ObjectMapper().readTree(out.resolve("indicators.json").toFile());
        JsonNode first = json.get("areas").get(0);
        assertThat(first.get("code").asText()).isEqualTo("SML");
        assertThat(first.get("baseline").get("population_within").asLong()).isEqualTo(region.populationWithin());
        assertThat(first.get("baseline").get("population_beyond").asLong()).isEqualTo(region.populationBeyond());
        assertThat(first.get("review").get("population").asLong()).isLessThan(region.population());
        assertThat(first.get("baseline_meets_target").asBoolean()).isEqualTo(region.shareWithin() >= 0.9);
        assertThat(json.get("areas")).hasSize(11);
        assertThat(CsvFiles.lines(out.resolve("indicators.csv"))).hasSize(1 + 22);
        // the CSV gave the share within without the people within or the estimate's range that the JSON and workbook give
        try (var reader = CsvFiles.reader(out.resolve("indicators.csv"))) {
            var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
            var regionRow = records.get(0);
            assertThat(regionRow.get("area")).isEqualTo("SML");
            assertThat(Long.parseLong(regionRow.get("population_within"))).isEqualTo(region.populationWithin());
            assertThat(Long.parseLong(regionRow.get("population_within_low"))).isEqualTo(region.populationWithinLow());
            assertThat(Long.parseLong(regionRow.get("population_within_high"))).isEqualTo(region.populationWithinHigh());
            assertThat(region.populationWithinLow()).isLessThan(region.populationWithinHigh());
        }
        Map<String, List<Row>> wb = readWorkbook(Files.readAllBytes(out.resolve("indicators.xlsx")));
        assertThat(wb.keySet()).containsExactly("Показатели", "Произход");
        Row regionBaseline = wb.get("Показатели").get(1);
        assertThat(regionBaseline.getCellText(0)).isEqualTo("SML");
        assertThat(regionBaseline.getCellText(3)).isEqualTo("база");
        assertThat(regionBaseline.getCell(7).asNumber().longValue()).isEqualTo(region.populationWithin());
    }

    @Test
    void reviewOfASavedScenarioWithTheTargetsKeptWithIt() throws Exception {
        try (TestDatabase db = TestDatabase.openOrSkip()) {
            List<ScenarioEdit> edits = List.of(new ScenarioEdit.AddFacility("new-crisis", "Кризисен център Девин", "crisis",
                    new GeoPoint(24.3986, 41.7437), 10, "SML09", FacilityStatus.PLANNED));
            Scenario s = db.stores().scenarios().createScenario("SML", "Стратегия 2030", edits, "test");
            db.stores().scenarios().replaceTargets(s.id(), 1, List.of(new MonitoringTarget("SML09", "crisis", 0.99),
                    new MonitoringTarget("SML", "community-support", 0.5)));
            Path out = tmp.resolve("scen");
            CliRun run = CliRun.run("indicators", "--region", "SML", "--service", "crisis", "--review-scenario", s.id(), "--db", db.givenUrl(),
                    "--schema", db.schema(), "--lang", "en", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(out.resolve("indicators.json").toFile());
            assertThat(json.get("review_scenario").asText()).isEqualTo("Стратегия 2030");
            AccessAnalysis analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.defaults());
            AccessIndicators reviewed = AccessIndicators.of(analysis.coverage(new CoverageQuery("SML", "crisis", 3600, "pop_2017", edits))).get(0);
            JsonNode region = json.get("areas").get(0);
            assertThat(region.get("review").get("population_within").asLong()).isEqualTo(reviewed.populationWithin());
            assertThat(region.get("target_share").isNull()).as("the stored region target is for another service").isTrue();
            JsonNode devin = null;
            for (JsonNode a : json.get("areas")) if (a.get("code").asText().equals("SML09")) devin = a;
            assertThat(devin.get("target_share").asDouble()).isEqualTo(0.99);
            assertThat(readWorkbook(Files.readAllBytes(out.resolve("indicators.xlsx"))).keySet()).containsExactly("Indicators", "Provenance");

            Path bad = tmp.resolve("bad-scen");
            CliRun unknown = CliRun.run("indicators", "--region", "SML", "--review-scenario", "no-such-id", "--db", db.givenUrl(), "--schema", db.schema(),
                    "--out", bad.toString());
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("option --review-scenario", "no-such-id");
            assertThat(bad).doesNotExist();
        }
    }

    @Test
    void theUsersOwnFiles() throws Exception {
        Path out = tmp.resolve("own");
        Path settlements = Path.of(getClass().getResource("/cli-import/settlements-banite.csv").toURI());
        Path facilities = Path.of(getClass().getResource("/cli-import/facilities-banite.csv").toURI());
        CliRun run = CliRun.run("indicators", "--settlements", settlements.toString(), "--facilities", facilities.toString(),
                "--population", "pop_2011", "--review-population", "population", "--target-share", "0.8", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("indicators.json").toFile());
        JsonNode region = json.get("areas").get(0);
        long lines = Files.readAllLines(settlements).size() - 1;
        assertThat(region.get("baseline").get("settlements").asLong()).isEqualTo(lines);
        assertThat(region.get("review").get("population").asLong()).isLessThan(region.get("baseline").get("population").asLong());
        assertThat(region.get("target_share").asDouble()).isEqualTo(0.8);
        assertThat(out.resolve("indicators.xlsx")).exists();
        JsonNode p = json.get("provenance");
        assertThat(p.get("population_column").asText()).isEqualTo("pop_2011");
        assertThat(p.get("parameters").get("review_population").asText()).isEqualTo("population");
        assertThat(p.get("inputs").findValuesAsText("role")).containsExactly("settlements", "facilities");
        assertThat(p.get("inputs").get(0).get("sha256").asText()).hasSize(64);
    }

    @Test
    void badOptionsWriteNothing() {
        Path out = tmp.resolve("bad");
        CliRun run = CliRun.run("indicators", "--region", "SML", "--review-population", "pop_1900", "--target-share", "1.5", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --review-population", "option --target-share");
        CliRun noDb = CliRun.run("indicators", "--region", "SML", "--review-scenario", "abc", "--service", "taxi", "--out", out.toString());
        assertThat(noDb.exitCode()).isEqualTo(2);
        assertThat(noDb.err()).contains("option --review-scenario", "needs --db", "option --service: unknown service type 'taxi'");
        assertThat(out).doesNotExist();
    }
}
