package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap population project} on the bundled Smolyan series. */
class PopulationProjectCommandTest {
    @TempDir Path tmp;

    @Test
    void writesTheProjectionAndItsBacktest() throws Exception {
        Path out = tmp.resolve("proj");
        CliRun run = CliRun.run("population", "project", "--region", "SML", "--horizon", "2030", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = CsvFiles.lines(out.resolve("projection.csv"));
        assertThat(lines.get(0)).isEqualTo("id,name,municipality,projected_population,low,high");
        assertThat(lines).hasSize(241);
        assertThat(lines).anyMatch(l -> l.startsWith("67653,Смолян,SML31,"));
        JsonNode bt = new ObjectMapper().readTree(out.resolve("backtest.json").toFile());
        assertThat(bt.path("fit_from_year").asInt()).isEqualTo(2002);
        assertThat(bt.path("fit_to_year").asInt()).isEqualTo(2017);
        assertThat(bt.path("horizon").asInt()).isEqualTo(2030);
        assertThat(bt.path("provenance").path("region").asText()).isEqualTo("SML");
        assertThat(bt.path("provenance").path("data").asText()).isNotBlank();
        assertThat(bt.path("provenance").path("git_commit").asText()).isNotBlank();
        assertThat(bt.path("provenance").path("parameters").path("horizon").asInt()).isEqualTo(2030);
        assertThat(bt.path("backtest").path("target_year").asInt()).isEqualTo(2017);
        assertThat(bt.path("backtest").path("fit_to_year").asInt()).isEqualTo(2011);
        assertThat(bt.path("backtest").path("method").path("settlement_weighted_abs_error").asDouble())
                .isLessThan(bt.path("backtest").path("no_change").path("settlement_weighted_abs_error").asDouble());
        assertThat(bt.path("backtest").path("no_change").has("municipality_weighted_abs_error")).isTrue();
        long sum = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[3])).sum();
        assertThat(sum).isEqualTo(bt.path("projected_total").asLong());
    }

    @Test
    void fitYearsUseOnlyThoseYears() throws Exception {
        Path out = tmp.resolve("bt");
        CliRun run = CliRun.run("population", "project", "--region", "SML", "--fit-years", "2002-2011", "--horizon", "2017",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bt = new ObjectMapper().readTree(out.resolve("backtest.json").toFile());
        // the method's own back-test stays inside 2002-2011; the known 2017 figures only evaluate the result
        assertThat(bt.path("backtest").path("target_year").asInt()).isLessThanOrEqualTo(2011);
        bt.path("splits").forEach(s -> assertThat(s.path("target_year").asInt()).isLessThanOrEqualTo(2011));
        assertThat(bt.path("evaluation").path("target_year").asInt()).isEqualTo(2017);
        assertThat(run.out()).contains("Against the known 2017 figures");
    }

    @Test
    void badOptionsAreAllNamedAndNothingIsWritten() {
        Path out = tmp.resolve("bad");
        CliRun run = CliRun.run("population", "project", "--region", "SML", "--horizon", "2051", "--fit-years", "1995-2011",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --horizon: horizon 2051 is beyond 2050")
                .contains("option --fit-years: fit years 1995-2011 must lie inside the data's years 2002-2017");
        assertThat(out).doesNotExist();
        CliRun before = CliRun.run("population", "project", "--region", "SML", "--horizon", "1999", "--out", out.toString());
        assertThat(before.err()).contains("option --horizon: horizon 1999 is before the data (2002-2017)");
        CliRun region = CliRun.run("population", "project", "--region", "XYZ", "--out", out.toString());
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("option --region").contains("XYZ");
        assertThat(out).doesNotExist();
    }

    @Test
    void theProjectionIsAPopulationColumnOfTheOtherCommands() throws Exception {
        Path out = tmp.resolve("cov");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--population", "proj_2030",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.toString()).contains("proj_2030");
    }
}
