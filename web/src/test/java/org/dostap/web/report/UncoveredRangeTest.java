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
