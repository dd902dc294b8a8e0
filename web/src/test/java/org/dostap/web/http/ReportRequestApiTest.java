package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report endpoint's request options (as the {@code report} command's) on the six Smolyan settlements: every bad
 * field named at once, a finished optimization job and a kept mobile plan tabulated with where they came from, the
 * M&E review and targets in the monitoring table.
 */
class ReportRequestApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Api.Reply r = api.post("/api/regions/SIX/report.docx", "{\"service\":\"community-support\",\"threshold_min\":2000,"
                + "\"population\":\"pop_1900\",\"lang\":\"fr\",\"scenario\":\"no-such-scenario\",\"baseline_population\":\"pop_1800\","
                + "\"review_population\":\"pop_2099\",\"review_scenario\":\"no-such-review\",\"targets\":[{\"area\":\"ZZZ\",\"share_within\":2}],"
                + "\"optimization_job_id\":\"no-such-job\",\"mobile_plan_id\":\"no-such-plan\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).contains("threshold_min", "population", "lang", "scenario", "baseline_population", "review_population",
                "review_scenario", "targets[0].area", "targets[0].share_within", "optimization_job_id", "mobile_plan_id");
        assertThat(r.body()).contains("must be 1 to 1440 min, got 2000", "no optimization job 'no-such-job'", "no mobile plan 'no-such-plan'");
    }

    @Test
    void badEditsAndIdsAreNamedByTheirOwnFields() {
        Api.Reply r = api.post("/api/regions/SIX/report.pdf", "{\"service\":\"community-support\",\"baseline_edits\":[{\"kind\":\"close\"}],"
                + "\"review_edits\":[{\"kind\":\"teleport\",\"facility_id\":\"CS-SML09\"}],\"optimization_job_id\":\"" + "x".repeat(101) + "\","
                + "\"lang\":\"en\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> f = fields(r);
        assertThat(f).anyMatch(x -> x.startsWith("baseline_edits[0]")).anyMatch(x -> x.startsWith("review_edits[0]")).contains("optimization_job_id");
        assertThat(api.post("/api/regions/SIX/report.pdf?lang=bg", "{\"lang\":\"en\"}").body()).contains("\"field\":\"lang\"");
        assertThat(api.post("/api/regions/SIX/report.pdf", "{\"colour\":\"red\"}").body()).contains("body.colour");
    }

    @Test
    void aFinishedOptimizationJobAndAMobilePlanAreTabulatedWithTheirSource() throws Exception {
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,"
                + "\"candidates\":\"settlements\",\"keep_existing\":true,\"time_limit_sec\":5}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String jobId = submitted.json().get("id").asText();
        JsonNode job = Jobs.awaitFinished(api, "SIX", jobId);
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        Api.Reply mobile = api.post("/api/regions/SIX/mobile", "{\"service\":\"community-support\",\"base\":\"CS-SML31\","
                + "\"teams\":1,\"days_per_week\":5,\"frequency_weeks\":2,\"horizon_weeks\":4,\"threshold_min\":15,\"day_hours\":8}");
        assertThat(mobile.status()).as(mobile.body()).isEqualTo(200);
        String planId = mobile.json().get("plan_id").asText();
        assertThat(planId).matches("[0-9a-f]{12}");

        Api.Reply r = api.post("/api/regions/SIX/report.docx", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"optimization_job_id\":\"" + jobId + "\",\"mobile_plan_id\":\"" + planId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
            XWPFTable sites = table(d, "Място").orElseThrow(() -> new AssertionError("no sites table"));
            assertThat(sites.getRow(0).getCell(2).getText()).as("new sites on settlements and kept centres").isEqualTo("Код (ЕКАТТЕ или на център)");
            List<String> ids = new ArrayList<>();
            for (int i = 1; i < sites.getNumberOfRows(); i++) ids.add(sites.getRow(i).getCell(2).getText());
            List<String> expected = new ArrayList<>();
            job.get("result").get("sites").forEach(s -> expected.add(s.get("id").asText()));
            assertThat(ids).containsExactlyElementsOf(expected);
            assertThat(ids).contains("CS-SML31", "CS-SML09");
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Източник: задача за оптимизация " + jobId, "kind = MCLP", "Източник: план за мобилни екипи " + planId,
                    "frequency_weeks = 2");
            assertThat(text).containsPattern("изчислена на \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
            XWPFTable teams = table(d, "Екип").orElseThrow(() -> new AssertionError("no teams table"));
            assertThat(teams.getRow(1).getCell(1).getText()).isEqualTo("ЦОП Смолян");
        }
    }

    @Test
    void aJobOfAnotherServiceOrStillWithoutResultIsRefused() throws Exception {
        Api.Reply submitted = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"mclp\",\"sites\":1,\"threshold_min\":15,"
                + "\"service\":\"community-support\",\"time_limit_sec\":5}");
        String jobId = submitted.json().get("id").asText();
        Jobs.awaitFinished(api, "SIX", jobId);
        Api.Reply r = api.post("/api/regions/SIX/report.pdf", "{\"service\":\"crisis\",\"optimization_job_id\":\"" + jobId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("optimization_job_id", "placed community-support centres, the report is on crisis");
    }

    @Test
    void theReviewAndTargetsOfTheMonitoringTabMakeTheMonitoringTable() throws Exception {
        Api.Reply r = api.post("/api/regions/SIX/report.docx", "{\"service\":\"community-support\",\"threshold_min\":15,"
                + "\"population\":\"pop_2017\",\"baseline_population\":\"pop_2011\",\"review_population\":\"pop_2017\",\"review_edits\":[],"
                + "\"targets\":[{\"area\":\"SIX\",\"share_within\":0.95},{\"area\":\"SML09\",\"share_within\":0.5}],\"lang\":\"en\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = api.post("/api/regions/SIX/indicators", "{\"service\":\"community-support\",\"threshold_min\":15,\"population\":\"pop_2011\","
                + "\"review_population\":\"pop_2017\",\"targets\":[{\"area\":\"SIX\",\"share_within\":0.95},{\"area\":\"SML09\",\"share_within\":0.5}]}").json();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
            XWPFTable t = table(d, "Share baseline").orElseThrow(() -> new AssertionError("no monitoring table"));
            var total = t.getRow(t.getNumberOfRows() - 1);
            assertThat(total.getCell(0).getText()).isEqualTo("Total");
            assertThat(total.getCell(4).getText()).isEqualTo("95.0 %");
            JsonNode region = m.get("areas").get(0);
            assertThat(total.getCell(6).getText().replace(",", "")).isEqualTo(Long.toString(region.get("people_to_target").asLong()));
            var devin = t.getRows().stream().filter(x -> x.getCell(0).getText().equals("Devin")).findFirst().orElseThrow();
            assertThat(devin.getCell(4).getText()).isEqualTo("50.0 %");
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Baseline: population pop_2011", "Review: population pop_2017");
        }
    }

    @Test
    void aQueryThresholdThatIsNotWholeMinutesIsNamedAlikeByEveryEndpoint() {
        for (String path : List.of("/api/regions/SIX/report.pdf", "/api/regions/SIX/indicators", "/api/regions/SIX/coverage")) {
            Api.Reply r = api.get(path + "?service=community-support&threshold_min=abc");
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(path).containsExactly("threshold_min");
            assertThat(r.body()).as(path).contains("not a whole number of minutes: 'abc'");
        }
    }

    @Test
    void theReportFollowsTheRequestsTravelMode() throws Exception {
        String car = docxText(api.post("/api/regions/SIX/report.docx", "{\"service\":\"community-support\",\"threshold_min\":15,\"lang\":\"en\",\"mode\":\"car\"}"));
        String foot = docxText(api.post("/api/regions/SIX/report.docx", "{\"service\":\"community-support\",\"threshold_min\":15,\"lang\":\"en\",\"mode\":\"foot\"}"));
        assertThat(car).contains("Travel mode: by car.").doesNotContain("on foot");
        assertThat(foot).contains("Travel mode: on foot.");
        // walking 15 min reaches fewer people than driving 15 min: the figures are the foot ones, not the car ones
        assertThat(foot.replace("Travel mode: on foot.", "")).isNotEqualTo(car.replace("Travel mode: by car.", ""));
    }

    private static String docxText(Api.Reply r) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
            return d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private static Optional<XWPFTable> table(XWPFDocument d, String header) {
        return d.getTables().stream().filter(x -> x.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header))).findFirst();
    }

    private static List<String> fields(Api.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().get("problems").forEach(p -> out.add(p.get("field").asText()));
        return out;
    }
}
