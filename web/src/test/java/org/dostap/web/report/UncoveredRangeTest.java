package org.dostap.web.report;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estimated times carry their range in the table of settlements beyond the standard (the bundled estimate, with its
 * spread); an estimate without spread (the hand-set uniform one) gives one figure and no range column.
 */
class UncoveredRangeTest {
    @Test
    void everySettlementBeyondTheStandardHasItsEstimatedRange() {
        AccessAnalysis analysis = new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.defaults());
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SIX", "community-support", 900, "pop_2017", List.of(), null, "bg",
                LocalDate.of(2026, 12, 4)));
        ReportDocument.Table t = table(doc, "Диапазон, мин (оценка)");
        assertThat(t).as("range column").isNotNull();
        CoverageView view = analysis.coverage(new CoverageQuery("SIX", "community-support", 900, "pop_2017", List.of()));
        ReportText text = ReportText.of("bg");
        assertThat(t.rows()).isNotEmpty();
        for (List<String> row : t.rows()) {
            int i = view.region().settlements().indexOf(view.region().settlementsById().get(row.get(2)));
            var a = view.access(i);
            assertThat(a.travelTimeSecondsLow()).isLessThan(a.travelTimeSecondsHigh());
            assertThat(row.get(6)).isEqualTo(text.decimal(a.travelTimeSecondsLow() / 60.0, 0) + "–" + text.decimal(a.travelTimeSecondsHigh() / 60.0, 0));
        }
    }

    /** The municipal indicators table gave the people within the standard without the estimate's range. */
    @Test
    void theMunicipalIndicatorsGiveThePeopleWithinWithTheirRange() {
        AccessAnalysis analysis = new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.defaults());
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SIX", "community-support", 900, "pop_2017", List.of(), null, "bg",
                LocalDate.of(2026, 12, 4)));
        ReportDocument.Table t = table(doc, "Места/1000");
        assertThat(t).isNotNull();
        int range = t.header().indexOf("Диапазон в стандарта");
        assertThat(range).as("range column").isEqualTo(t.header().indexOf("В рамките на 15 мин") + 1);
        var total = org.dostap.web.indicators.AccessIndicators.of(analysis.coverage(
                new CoverageQuery("SIX", "community-support", 900, "pop_2017", List.of()))).get(0);
        ReportText text = ReportText.of("bg");
        List<String> last = t.rows().get(t.rows().size() - 1);
        assertThat(last.get(0)).isEqualTo(text.get("total"));
        assertThat(last.get(range)).isEqualTo(text.integer(total.populationWithinLow()) + "–" + text.integer(total.populationWithinHigh()));
        assertThat(t.rows()).allSatisfy(r -> assertThat(r).hasSize(t.header().size()));
        ReportDocument uniform = new ReportBuilder(new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.uniform())).build(new ReportRequest(
                "SIX", "community-support", 900, "pop_2017", List.of(), null, "bg", LocalDate.of(2026, 12, 4)));
        assertThat(table(uniform, "Места/1000").header()).doesNotContain("Диапазон в стандарта");
    }

    @Test
    void anEstimateWithoutSpreadGivesOneFigure() {
        AccessAnalysis analysis = new AccessAnalysis(SmallRegion.store(), EstimatedTravelTimes.uniform());
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SIX", "community-support", 900, "pop_2017", List.of(), null, "en",
                LocalDate.of(2026, 12, 4)));
        assertThat(table(doc, "Range, min (estimate)")).isNull();
        assertThat(doc.blocks()).anyMatch(b -> b instanceof ReportDocument.Text x && x.text().startsWith("Times are estimated (the estimate has no spread"));
    }

    private static ReportDocument.Table table(ReportDocument doc, String header) {
        return doc.blocks().stream().filter(b -> b instanceof ReportDocument.Table x && x.header().contains(header))
                .map(b -> (ReportDocument.Table) b).findFirst().orElse(null);
    }
}
