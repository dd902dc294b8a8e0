package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.indicators.AccessIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap indicators}: baseline 2017 against review 2030 with a target, the numbers of the coverage use case. */
class IndicatorsCommandTest {
    @TempDir Path tmp;

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
        assertThat(Files.readAllLines(out.resolve("indicators.csv"))).hasSize(1 + 22);
    }

    @Test
    void badOptionsWriteNothing() {
        Path out = tmp.resolve("bad");
        CliRun run = CliRun.run("indicators", "--region", "SML", "--review-population", "pop_1900", "--target-share", "1.5", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --review-population", "option --target-share");
        assertThat(out).doesNotExist();
    }
}
