package org.dostap.web.limits;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.Limits;
import org.dostap.web.cli.DostapCommand;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One limits policy: the same out-of-range value is refused by every command (exit 2, naming the flag) and every
 * endpoint (400, naming the field) with the same allowed range in the message, and nothing is written.
 */
class LimitsAcrossEdgesTest {
    private static final String THRESHOLD_RANGE = "must be 1 to 1440 min, got 2000";
    private static final String HORIZON_RANGE = "must be 1 to 52 weeks, got 10000";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();
    @TempDir Path tmp;

    record Run(int exit, String err) { }

    private Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = DostapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    @Test
    void thresholdOf2000MinutesIsRefusedByEveryCommandWithTheSameRange() throws Exception {
        Path coverage = tmp.resolve("coverage"), optimize = tmp.resolve("optimize"), mobile = tmp.resolve("mobile");
        List<Run> runs = List.of(
                cli("coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "2000", "--out", coverage.toString()),
                cli("optimize", "--region", "SML", "--service", "community-support", "--problem", "mclp", "--sites", "2",
                        "--threshold-min", "2000", "--out", optimize.toString()),
                cli("mobile", "--region", "SML", "--base", "CS-SML31", "--threshold-min", "2000", "--out", mobile.toString()));
        for (Run r : runs) {
            assertThat(r.exit()).as(r.err()).isEqualTo(DostapCommand.EXIT_BAD_INPUT);
            assertThat(r.err()).contains("--threshold-min").contains(THRESHOLD_RANGE).doesNotContain("Exception");
        }
        assertThat(List.of(coverage, optimize, mobile)).allMatch(p -> !Files.exists(p));
    }

    @Test
    void thresholdOf2000MinutesIsRefusedByEveryEndpointWithTheSameRange() {
        List<Api.Reply> replies = List.of(
                api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":2000}"),
                api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=2000"),
                api.post("/api/regions/SIX/catchments", "{\"service\":\"community-support\",\"thresholds_min\":[15,2000]}"),
                api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":2000}"),
                api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"threshold_min\":2000}"));
        for (Api.Reply r : replies) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            JsonNode problems = r.json().get("problems");
            List<String> fields = new ArrayList<>();
            problems.forEach(p -> { if (p.get("message").asText().contains(THRESHOLD_RANGE)) fields.add(p.get("field").asText()); });
            assertThat(fields).as(r.body()).hasSize(1);
            assertThat(fields.get(0)).isIn("threshold_min", "thresholds_min");
        }
    }

    @Test
    void aHorizonOf10000WeeksIsRefusedByTheCommandAndTheEndpointWithTheSameRange() {
        Path out = tmp.resolve("mobile");
        Run r = cli("mobile", "--region", "SML", "--base", "CS-SML31", "--horizon-weeks", "10000", "--frequency-weeks", "2", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(DostapCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--horizon-weeks").contains(HORIZON_RANGE);
        assertThat(out).doesNotExist();
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"horizon_weeks\":10000,\"frequency_weeks\":2}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("horizon_weeks");
        assertThat(reply.json().get("problems").get(0).get("message").asText()).isEqualTo(HORIZON_RANGE);
    }

    @Test
    void teamsBeyondTheLimitAreRefusedAlikeAndAThresholdOf500MinutesIsAllowed() {
        Run r = cli("mobile", "--region", "SML", "--base", "CS-SML31", "--teams", "51", "--out", tmp.resolve("m").toString());
        assertThat(r.exit()).isEqualTo(DostapCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--teams").contains(Limits.TEAMS.refusal(51));
        Api.Reply reply = api.post("/api/regions/SIX/mobile", "{\"base\":\"CS-SML31\",\"teams\":51}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").get(0).get("field").asText()).isEqualTo("teams");
        assertThat(reply.json().get("problems").get(0).get("message").asText()).isEqualTo(Limits.TEAMS.refusal(51));
        Api.Reply long500 = api.post("/api/regions/SIX/coverage", "{\"service\":\"community-support\",\"threshold_min\":500}");
        assertThat(long500.status()).as("500 min is within the 24 h limit").isEqualTo(200);
        assertThat(long500.json().get("threshold_min").asInt()).isEqualTo(500);
    }

    @Test
    void everyLimitSaysWhyAndHasAnOrderedRange() {
        for (Limits.Range range : Limits.ALL) {
            assertThat(range.min()).as(range.quantity()).isLessThanOrEqualTo(range.max());
            assertThat(range.reason()).as(range.quantity()).hasSizeGreaterThan(20);
        }
    }
}
