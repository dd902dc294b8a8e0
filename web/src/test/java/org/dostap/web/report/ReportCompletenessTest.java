package org.dostap.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.indicators.IndicatorsRequest;
import org.dostap.web.indicators.MonitoringIndicators;
import org.dostap.web.indicators.MonitoringService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report with everything given (Smolyan, 15 min, hand-set uniform estimate): a scenario (a centre added at Borino's
 * Buynovo side and one closed), the review to proj_2030 with targets, an optimization result and a mobile plan. The
 * monitoring table's numbers are the monitoring service's, the change map is there at its size, the optimization and
 * mobile tables list what the files hold, every settlement beyond the standard is named, the estimate's range is stated.
 */
class ReportCompletenessTest {
    static final List<ScenarioEdit> EDITS = List.of(
            new ScenarioEdit.AddFacility("new-1", "ЦОП Триград", "community-support", new GeoPoint(24.3799, 41.6180), 20, "SML11", FacilityStatus.PLANNED),
            new ScenarioEdit.CloseFacility("community-support-SML02"));
    static AccessAnalysis analysis;
    static ReportResults.Optimization optimization;
    static ReportResults.MobilePlan plan;
    static byte[] docx, pdf;

    @BeforeAll
    static void writeBoth() throws Exception {
        analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.uniform());
        ObjectMapper json = new ObjectMapper();
        ProblemCollector problems = new ProblemCollector();
        try (InputStream o = ReportCompletenessTest.class.getResourceAsStream("/report/sml-mclp-result.json");
             InputStream m = ReportCompletenessTest.class.getResourceAsStream("/report/sml-mobile-plan.json")) {
            optimization = ReportResults.optimization(json.readTree(o), "result.json", "--optimization", problems);
            plan = ReportResults.mobilePlan(json.readTree(m), "plan.json", "--mobile-plan", problems);
        }
        assertThat(problems.isEmpty()).isTrue();
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SML", "community-support", 900, "pop_2017", EDITS, "Стратегия",
                "bg", LocalDate.of(2026, 12, 4), "proj_2030", Map.of("SML", 0.9, "SML11", 0.5), optimization, plan));
        ByteArrayOutputStream d = new ByteArrayOutputStream(), p = new ByteArrayOutputStream();
        ReportFormat.DOCX.write(doc, d);
        ReportFormat.PDF.write(doc, p);
        docx = d.toByteArray();
        pdf = p.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-complete-SML.pdf"), pdf);   // for a person to look at
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-complete-SML.docx"), docx);
    }

    @Test
    void monitoringTableHoldsTheBaselineReviewAndTargetOfTheMonitoringService() throws Exception {
        MonitoringIndicators m = new MonitoringService(analysis).indicators(new IndicatorsRequest(
                new CoverageQuery("SML", "community-support", 900, "pop_2017", List.of()), "proj_2030", EDITS, "Стратегия", Map.of("SML", 0.9, "SML11", 0.5)));
        ReportText t = ReportText.of("bg");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = table(d, "Дял преглед");
            for (MonitoringIndicators.Row a : m.areas().subList(1, m.areas().size())) {
                XWPFTableRow row = row(table, a.nameBg());
                assertThat(row.getCell(1).getText()).isEqualTo(t.integer(a.review().population()));
                assertThat(row.getCell(2).getText()).isEqualTo(t.percent(a.baseline().shareWithin()));
                assertThat(row.getCell(3).getText()).isEqualTo(t.percent(a.review().shareWithin()));
                assertThat(row.getCell(4).getText()).isEqualTo(t.percent(a.targetShare()));
                // met over the estimate's range: да, не, or несигурно when the range straddles the target
                assertThat(row.getCell(5).getText()).isEqualTo(switch (a.reviewTargetStatus()) {
                    case MET -> "да";
                    case NOT_MET -> "не";
                    case UNCERTAIN -> "несигурно (в обхвата на оценката)";
                });
                assertThat(row.getCell(6).getText()).isEqualTo(t.integer(a.peopleToTarget()));
                assertThat(row.getCell(7).getText()).isEqualTo(t.integer(a.review().populationWithinLow()) + "–" + t.integer(a.review().populationWithinHigh()));
            }
            MonitoringIndicators.Row own = m.areas().stream().filter(a -> a.code().equals("SML11")).findFirst().orElseThrow();
            assertThat(row(table, own.nameBg()).getCell(4).getText()).as("the municipality's own target").isEqualTo(t.percent(0.5));
            assertThat(row(table, "Общо").getCell(4).getText()).isEqualTo(t.percent(0.9));

            XWPFTable sites = table(d, "Място");
            assertThat(sites.getRows()).hasSize(1 + optimization.sites().size());
            for (int i = 0; i < optimization.sites().size(); i++)
                assertThat(sites.getRow(i + 1).getCell(1).getText()).isEqualTo(optimization.sites().get(i).name());
            XWPFTable teams = table(d, "Работни дни");
            assertThat(teams.getRows()).hasSize(1 + plan.teams().size() + 1);
            assertThat(row(teams, "Общо").getCell(2).getText()).isEqualTo(t.integer(plan.visits()));
            XWPFTable visited = d.getTables().stream().filter(x -> x.getRow(0).getCell(5) != null && x.getRow(0).getCell(5).getText().equals("През седмици"))
                    .findFirst().orElseThrow();
            assertThat(visited.getRows()).hasSize(1 + plan.visited().size());
            assertThat(visited.getRow(1).getCell(1).getText()).isEqualTo(plan.visited().get(0).name());

            List<int[]> sizes = new ArrayList<>();
            for (XWPFPictureData p : d.getAllPictures()) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.getData()));
                sizes.add(new int[] {img.getWidth(), img.getHeight()});
            }
            assertThat(sizes).hasSize(5);   // access map, coverage chart, bands chart, trend chart, change map
            assertThat(sizes.get(4)).containsExactly(ReportBuilder.MAP_WIDTH_PX, ReportBuilder.MAP_HEIGHT_PX);
        }
    }

    @Test
    void everySettlementBeyondTheStandardIsNamedAndThePdfStatesTheRange() throws Exception {
        var view = analysis.coverage(new CoverageQuery("SML", "community-support", 900, "pop_2017", EDITS));
        var uncovered = view.result().region().uncoveredByPopulation();
        assertThat(uncovered.size()).as("enough to matter").isGreaterThan(50);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = table(d, "ЕКАТТЕ");
            assertThat(table.getRows()).hasSize(1 + uncovered.size());
            assertThat(table.getRow(uncovered.size()).getCell(1).getText()).isEqualTo(uncovered.get(uncovered.size() - 1).name());
        }
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            ReportText t = ReportText.of("bg");
            var total = view.result().region().getThreshold(900);
            assertThat(text).contains("Мониторинг: база, преглед и цел", "Оптимизация на местата", "План за мобилни екипи",
                    "Сценарий спрямо базовата мрежа", "Фигура 5. Промени в сценария",
                    total.coveredPopulationLow() == total.coveredPopulationHigh() // the uniform estimate has no spread: one figure
                            ? "оценката няма разсейване спрямо реални пътни времена): в рамките на 15 мин са " + t.integer(total.coveredPopulation()) + " души"
                            : "между " + t.integer(total.coveredPopulationLow()) + " (ако пътищата са бавни) и " + t.integer(total.coveredPopulationHigh()),
                    uncovered.get(uncovered.size() - 1).name());
            int images = 0;
            for (PDPage page : d.getPages())
                for (COSName n : page.getResources().getXObjectNames())
                    if (page.getResources().getXObject(n) instanceof PDImageXObject img && img.getWidth() == ReportBuilder.MAP_WIDTH_PX) images++;
            assertThat(images).as("the access map and the change map").isEqualTo(2);
        }
    }

    /**
     * The Bulgarian report named the projection method "geometric", the problem "mclp", and gave the travel-time model
     * and the illustrative facilities in English ("great-circle distance x detour factor", "Facilities: ILLUSTRATIVE").
     */
    @Test
    void theBulgarianReportNamesMethodsAndModelsInBulgarian() throws Exception {
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
             var e = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            text = e.getText();
        }
        assertThat(text).doesNotContain("geometric", "linear", "share-of-municipality", "no-change", "(mclp", "great-circle",
                "Facilities: ILLUSTRATIVE", "detour factor");
        assertThat(text).contains("Метод на прогнозата: ", "максимално покритие", "ИЛЮСТРАТИВНА", "коефициент на заобикаляне");
    }

    @Test
    void aPlanWrittenBeforeTheSharedRecordsIsReadWithItsOlderNames() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        var node = new ObjectMapper().readTree(ReportCompletenessTest.class.getResourceAsStream("/report/sml-mobile-plan-older.json"));
        ReportResults.MobilePlan older = ReportResults.mobilePlan(node, "plan.json", "--mobile-plan", problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(older.teams()).hasSize(2); // "teams": [...] before "team_loads"
        assertThat(older.km()).isEqualTo(3504.0); // "km_driven" before "distance_km"
        assertThat(older.teams().get(0).km()).isEqualTo(1008.1);
        assertThat(older.populationServed()).isEqualTo(17244);
        assertThat(older.settlementsUnserved()).isEqualTo(24);
        // the current plan.json: the same fields under the shared names
        assertThat(plan.teams()).hasSize(2);
        assertThat(plan.km()).isEqualTo(3327.2);
        assertThat(plan.teams().get(0).km()).isPositive();
        assertThat(plan.populationServed()).isEqualTo(17453);
    }

    @Test
    void aFileThatIsNotAResultIsNamedWithWhatIsMissing() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        var node = new ObjectMapper().readTree(ReportCompletenessTest.class.getResourceAsStream("/report/not-a-result.json"));
        assertThat(ReportResults.optimization(node, "x.json", "--optimization", problems)).isNull();
        assertThat(ReportResults.mobilePlan(node, "y.json", "--mobile-plan", problems)).isNull();
        assertThat(problems.total()).isEqualTo(6);
        assertThat(problems.problems().get(0).message()).contains("'problem'", "optimization result");
    }

    static XWPFTable table(XWPFDocument d, String headerCell) {
        return d.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(headerCell)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with a column " + headerCell));
    }

    static XWPFTableRow row(XWPFTable t, String first) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }
}
