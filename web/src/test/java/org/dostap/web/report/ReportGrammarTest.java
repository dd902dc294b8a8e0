package org.dostap.web.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counted words in the report agree with their number (before: "1 нови места", "1 mobile teams visit"): one helper,
 * {@link ReportText#count}, singular for exactly 1 and plural (Bulgarian masculine: count form) otherwise, in both
 * languages; checked on the helper, on the generated sentences and in the text of a written DOCX and PDF.
 */
class ReportGrammarTest {
    private static final ReportText BG = ReportText.of("bg"), EN = ReportText.of("en");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0|0 нови места|0 центъра|0 души|0 населени места|0 new sites|0 people",
            "1|1 ново място|1 център|1 човек|1 населено място|1 new site|1 person",
            "2|2 нови места|2 центъра|2 души|2 населени места|2 new sites|2 people",
            "5|5 нови места|5 центъра|5 души|5 населени места|5 new sites|5 people",
            "11|11 нови места|11 центъра|11 души|11 населени места|11 new sites|11 people",
            "21|21 нови места|21 центъра|21 души|21 населени места|21 new sites|21 people",
    })
    void aCountAgreesWithItsNumber(long n, String places, String centres, String people, String settlements, String sites, String persons) {
        assertThat(BG.count(n, "ново място", "нови места")).isEqualTo(places);
        assertThat(BG.count(n, "център", "центъра")).isEqualTo(centres);
        assertThat(BG.count(n, "човек", "души")).isEqualTo(people);
        assertThat(BG.count(n, "населено място", "населени места")).isEqualTo(settlements);
        assertThat(EN.count(n, "new site", "new sites")).isEqualTo(sites);
        assertThat(EN.count(n, "person", "people")).isEqualTo(persons);
    }

    @Test
    void largeCountsAreGroupedAndStayPlural() {
        assertThat(BG.count(1_001, "жител", "жители")).isEqualTo("1 001 жители");
        assertThat(EN.count(107_282, "resident", "residents")).isEqualTo("107 282 residents");
    }

    private static ReportResults.Optimization optimization(int newSites) {
        List<ReportResults.Site> sites = new java.util.ArrayList<>();
        for (int i = 0; i < newSites; i++) sites.add(new ReportResults.Site("s" + i, "Място " + i, "SML31", false));
        sites.add(new ReportResults.Site("kept", "ЦОП Смолян", "SML31", true));
        return new ReportResults.Optimization("mclp", "SIX", "community-support", 0.0, true, "exact", 34_000, 1, 2, 1, 1, 1, sites,
                new ReportResults.Source(ReportResults.Source.FILE, "result.json", null, Map.of()), null);
    }

    private static ReportResults.MobilePlan plan(int teams, int n) {
        List<ReportResults.Team> t = new java.util.ArrayList<>();
        for (int i = 1; i <= teams; i++) t.add(new ReportResults.Team(i, "CS-SML31", n, n, 8.0, 40));
        return new ReportResults.MobilePlan("SIX", "community-support", 2, n, n, n, n, n, n, n, 8.0, 40, t, List.of(), List.of(),
                new ReportResults.Source(ReportResults.Source.FILE, "plan.json", null, Map.of()), null);
    }

    /** A result or plan made on foot says so in the report (the sentences used to read as if every run were by car). */
    @Test
    void aRunOnFootSaysSo() {
        ReportResults.Optimization car = optimization(1), foot = new ReportResults.Optimization(car.problem(), car.region(), car.service(),
                car.gap(), car.provenOptimal(), car.method(), car.population(), car.withinBefore(), car.withinAfter(), car.gained(), car.gainedLow(),
                car.gainedHigh(), car.sites(), car.source(), "foot");
        assertThat(ReportNarrative.optimization(EN, foot)).endsWith(" Times and the standard are on foot.");
        assertThat(ReportNarrative.optimization(BG, foot)).endsWith(" Времената и стандартът са пеша.");
        assertThat(ReportNarrative.optimization(EN, car)).doesNotContain("on foot");
        ReportResults.MobilePlan p = plan(1, 1), onFoot = new ReportResults.MobilePlan(p.region(), p.service(), p.frequencyWeeks(), p.horizonWeeks(),
                p.populationServed(), p.settlementsServed(), p.populationUnserved(), p.settlementsUnserved(), p.visits(), p.teamDays(), p.teamHours(),
                p.km(), p.teams(), p.visited(), p.unserved(), p.source(), "foot");
        assertThat(ReportNarrative.mobile(EN, onFoot)).endsWith(" The settlements without access are judged on foot; the teams drive.");
        assertThat(ReportNarrative.mobile(EN, p)).doesNotContain("on foot");
    }

    @Test
    void theSentencesAgreeWithOne() {
        assertThat(ReportNarrative.optimization(BG, optimization(1))).startsWith("Оптимизация (максимално покритие, MCLP): 1 ново място; в рамките на стандарта: 1 човек преди и 2 след")
                .doesNotContain("1 нови");
        assertThat(ReportNarrative.optimization(BG, optimization(2))).contains(": 2 нови места;");
        assertThat(ReportNarrative.optimization(EN, optimization(1))).contains(": 1 new site; 1 person within the standard before");
        assertThat(ReportNarrative.mobile(BG, plan(1, 1))).startsWith("1 мобилен екип посещава 1 населено място (1 човек) за 1 седмица: 1 посещение, 1 работен ден, 40 км."
                + " Необслужени: 1 място (1 човек).");
        assertThat(ReportNarrative.mobile(BG, plan(2, 5))).startsWith("2 мобилни екипа посещават 5 населени места (5 души) за 5 седмици: 5 посещения, 5 работни дни");
        assertThat(ReportNarrative.mobile(EN, plan(1, 1))).startsWith("1 mobile team visits 1 settlement (1 person) over 1 week: 1 visit, 1 team-day, 40 km."
                + " Unserved: 1 settlement (1 person).");
        assertThat(ReportNarrative.mobile(EN, plan(2, 2))).startsWith("2 mobile teams visit 2 settlements (2 people) over 2 weeks: 2 visits, 2 team-days");

        List<UncoveredSettlement> one = List.of(new UncoveredSettlement("36974", "Лъката", "SML31", 1, 2400, true));
        assertThat(ReportNarrative.uncovered(BG, 30, one, null)).isEqualTo("1 населено място е извън 30 мин: Лъката (1 жител).");
        assertThat(ReportNarrative.uncovered(EN, 30, one, null)).isEqualTo("1 settlement is beyond 30 min: Лъката (1 resident).");
        List<UncoveredSettlement> two = List.of(one.get(0), new UncoveredSettlement("00850", "Гълъбово", "SML31", 0, 2500, true));
        assertThat(ReportNarrative.uncovered(BG, 30, two, null)).isEqualTo("Всичките 2 населени места извън 30 мин (1 жител), подредени по население;"
                + " най-голямото е Лъката (1 жител). 1 от тях няма жители.");
        assertThat(ReportNarrative.uncovered(EN, 30, two, null)).endsWith("1 of them has no residents.");

        AccessIndicators total = new AccessIndicators("SIX", "Шест", "Six", 21, 6, 20, 20 / 21.0, 1, 1, 10.0, 20.0, 0.1, null, 20, 20);
        AccessIndicators m1 = new AccessIndicators("SML31", "Смолян", "Smolyan", 21, 6, 20, 20 / 21.0, 1, 1, 10.0, 20.0, 0.1, null, 20, 20);
        assertThat(ReportNarrative.summary(BG, "ЦОП", 30, total, List.of(m1), "SIX"))
                .contains("20 от 21 жители (95,2 %) живеят", "1 населено място с 1 жител е извън стандарта.", "20 от 21 жители", "1 жител извън него");
        assertThat(ReportNarrative.summary(EN, "centre", 30, total, List.of(m1), "SIX"))
                .contains("1 settlement with 1 resident is beyond the standard.", "1 resident beyond it");
        assertThat(ReportNarrative.municipal(BG, 30, List.of(m1))).startsWith("0 от 1 община имат цялото си население");
        AccessIndicators full = new AccessIndicators("SML09", "Девин", "Devin", 5, 1, 5, 1.0, 0, 0, 5.0, 5.0, 0.0, null, 5, 5);
        assertThat(ReportNarrative.municipal(BG, 30, List.of(m1, full))).startsWith("1 от 2 общини има цялото си население");
        assertThat(ReportNarrative.municipal(EN, 30, List.of(m1, full))).startsWith("1 of 2 municipalities has all of its population");
        assertThat(ReportNarrative.bands(BG, new long[] {1, 0, 0, 0, 0, 1}, 2)).startsWith("1 жител (50,0 %) е в рамките на 30 мин")
                .endsWith("а 1 няма достъп по пътя.");
        assertThat(ReportNarrative.bands(EN, new long[] {1, 0, 0, 0, 0, 1}, 2)).startsWith("1 resident (50.0 %) is within 30 min");
    }

    /** The written documents: a scenario of one edit, one new site, one mobile team; the text has no "1 нови" nor "1 промени". */
    @Test
    void theWrittenDocumentsSayOneNewPlace() throws Exception {
        AccessAnalysis analysis = new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.uniform());
        List<ScenarioEdit> oneEdit = List.of(new ScenarioEdit.AddFacility("new-1", "ЦОП Нов", "community-support",
                new GeoPoint(24.60, 41.62), 20, "SML31", FacilityStatus.PLANNED));
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SIX", "community-support", 900, "pop_2017", oneEdit, "Едно",
                "bg", LocalDate.of(2026, 12, 5), null, Map.of(), optimization(1), plan(1, 1)));
        ByteArrayOutputStream d = new ByteArrayOutputStream(), p = new ByteArrayOutputStream();
        ReportFormat.DOCX.write(doc, d);
        ReportFormat.PDF.write(doc, p);
        String docx;
        try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(d.toByteArray())); XWPFWordExtractor e = new XWPFWordExtractor(x)) {
            docx = e.getText();
        }
        String pdf;
        try (var pd = Loader.loadPDF(p.toByteArray())) {
            pdf = new PDFTextStripper().getText(pd).replaceAll("\\s+", " ");
        }
        for (String text : List.of(docx.replaceAll("\\s+", " "), pdf)) {
            assertThat(text).contains("1 ново място", "1 мобилен екип посещава", "(1 промяна)")
                    .doesNotContain("1 нови").doesNotContain("1 промени").doesNotContain("1 мобилни");
        }
    }
}
