package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.web.export.OptimizationWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On estimated times (the bundled data) the optimization's gain and the catchments' reached population come with the
 * estimate's range (roads slow to fast), as coverage's counts: in result.json, on the console, in the workbook and in
 * catchments.geojson.
 */
class EstimateRangeOutputsTest {
    @TempDir Path tmp;

    @Test
    void theOptimizationsGainHasTheEstimatesRange() throws Exception {
        Path out = tmp.resolve("opt");
        CliRun run = CliRun.of("optimize", "--region", "SML", "--service", "community-support", "--problem", "mclp", "--sites", "3",
                "--threshold-min", "20", "--keep-existing", "--time-limit-s", "20", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode g = new ObjectMapper().readTree(out.resolve("result.json").toFile()).get("gain");
        long before = g.get("population_within_standard_before").asLong(), after = g.get("population_within_standard_after").asLong();
        long gained = g.get("population_gained").asLong();
        assertThat(gained).isPositive();
        assertThat(g.get("population_within_standard_before_low").asLong()).isLessThanOrEqualTo(before);
        assertThat(g.get("population_within_standard_before_high").asLong()).isGreaterThanOrEqualTo(before);
        assertThat(g.get("population_within_standard_after_low").asLong()).isLessThan(after);
        assertThat(g.get("population_within_standard_after_high").asLong()).isGreaterThan(after);
        long low = g.get("population_gained_low").asLong(), high = g.get("population_gained_high").asLong();
        assertThat(low).isLessThanOrEqualTo(gained);
        assertThat(high).isGreaterThanOrEqualTo(gained);
        assertThat(low).isLessThan(high);
        assertThat(run.err()).contains(String.format("(+%d)", gained)).contains(String.format("%+d to %+d gained, roads slow to fast", low, high));

        @SuppressWarnings("unchecked")
        Map<String, Object> result = new ObjectMapper().readValue(out.resolve("result.json").toFile(), Map.class);
        var region = new BundledRegionStore().findRegion("SML").orElseThrow();
        for (SheetLanguage lang : SheetLanguage.values()) {
            Sheet summary = OptimizationWorkbook.sheets(result, region, lang, "x").get(0);
            Map<String, Object> byLabel = new java.util.HashMap<>();
            for (List<Object> row : summary.rows()) byLabel.put(String.valueOf(row.get(0)), row.get(1));
            String lowLabel = lang == SheetLanguage.BG ? "Прираст (долна граница)" : "Gain (low)";
            String highLabel = lang == SheetLanguage.BG ? "Прираст (горна граница)" : "Gain (high)";
            assertThat(((Number) byLabel.get(lowLabel)).longValue()).isEqualTo(low);
            assertThat(((Number) byLabel.get(highLabel)).longValue()).isEqualTo(high);
        }
    }

    @Test
    void theCatchmentsReachedPopulationHasTheEstimatesRange() throws Exception {
        Path out = tmp.resolve("cov");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "20", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode features = new ObjectMapper().readTree(out.resolve("catchments.geojson").toFile()).get("features");
        boolean anyRange = false;
        for (JsonNode f : features) {
            JsonNode p = f.get("properties");
            long point = p.get("reached_population").asLong(), low = p.get("reached_population_low").asLong(),
                    high = p.get("reached_population_high").asLong();
            assertThat(low).isLessThanOrEqualTo(point);
            assertThat(high).isGreaterThanOrEqualTo(point);
            anyRange |= low < high;
        }
        assertThat(anyRange).as("some catchment's reached population has a range on estimated times").isTrue();
    }
}
