package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report endpoints on the six Smolyan settlements: the DOCX table carries the coverage API's numbers. */
class ReportApiTest {
    private static final String ADD_AT_SHIROKA_LAKA = "{\"kind\":\"add\",\"facility_id\":\"new-1\",\"name\":\"ЦОП Широка лъка\","
            + "\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void docxTableEqualsTheCoverageApi() throws Exception {
        JsonNode coverage = new ObjectMapper().readTree(api.get("/api/regions/SIX/coverage?service=community-support&threshold_min=15").body());
        Api.Reply r = api.get("/api/regions/SIX/report.docx?service=community-support&threshold_min=15");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Disposition")).contains("dostap-report-SIX-community-support-15min").contains(".docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
            XWPFTable t = d.getTables().stream().filter(x -> x.getRow(0).getCell(3).getText().equals("В рамките на 15 мин"))
                    .findFirst().orElseThrow();
            for (JsonNode m : coverage.get("by_municipality")) {
                XWPFTableRow row = t.getRows().stream().filter(x -> x.getCell(0).getText().equals(m.get("name_bg").asText())).findFirst().orElseThrow();
                assertThat(number(row, 1)).isEqualTo(m.get("population").asLong());
                assertThat(number(row, 3)).isEqualTo(m.get("covered_population").asLong());
                assertThat(number(row, 6)).isEqualTo(m.get("uncovered_population").asLong());
            }
            assertThat(number(t.getRow(t.getNumberOfRows() - 1), 3)).isEqualTo(coverage.get("summary").get("covered_population").asLong());
        }
    }

    @Test
    void pdfOfAScenarioInEnglish() throws Exception {
        Api.Reply r = api.post("/api/regions/SIX/report.pdf?lang=en",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument d = Loader.loadPDF(r.bytes())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("7. Scenario against the baseline", "(1 edit)").doesNotContain("1 edits");
        }
    }

    @Test
    void badRequestsAre400() {
        assertThat(api.get("/api/regions/SIX/report.pdf?service=dentist").status()).isEqualTo(400);
        assertThat(api.get("/api/regions/SIX/report.pdf?service=community-support&lang=fr").status()).isEqualTo(400);
        assertThat(api.get("/api/regions/NOPE/report.docx?service=community-support").status()).isEqualTo(404);
    }

    private static long number(XWPFTableRow row, int cell) { return Long.parseLong(row.getCell(cell).getText().replace(" ", "")); }
}
