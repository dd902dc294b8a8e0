package org.dostap.web.report;

import org.dostap.engine.region.RegionData;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The optimization sites table heads its id column by what the ids are: EKATTE codes, centre ids, or both. */
class SitesTableHeadingTest {
    private static final RegionData SIX = SmallRegion.region();

    @Test
    void newSitesOnSettlementsAreEkatte() {
        assertThat(header(ReportText.of("bg"), site("83274", false), site("49014", false))).isEqualTo("ЕКАТТЕ");
        assertThat(header(ReportText.of("en"), site("83274", false))).isEqualTo("EKATTE");
    }

    @Test
    void keptCentresAndCandidatesOfAFileAreCentreIds() {
        assertThat(header(ReportText.of("bg"), site("CS-SML31", true), site("cand-7", false))).isEqualTo("Код на център");
        assertThat(header(ReportText.of("en"), site("CS-SML31", true))).isEqualTo("Centre id");
    }

    @Test
    void aKeptCentreWhoseIdLooksLikeASettlementIsStillACentre() {
        assertThat(header(ReportText.of("en"), site("67653", true))).isEqualTo("Centre id");
    }

    @Test
    void bothKindsSayBoth() {
        ReportDocument.Table t = ReportResultTables.sites(ReportText.of("bg"), optimization(site("83274", false), site("CS-SML31", true)), SIX);
        assertThat(t.header().get(2)).isEqualTo("Код (ЕКАТТЕ или на център)");
        assertThat(t.rows()).extracting(r -> r.get(2)).containsExactly("83274", "CS-SML31");
        assertThat(ReportResultTables.sites(ReportText.of("en"), optimization(site("83274", false), site("CS-SML31", true)), SIX).header().get(2))
                .isEqualTo("Id (EKATTE or centre)");
    }

    private static String header(ReportText t, ReportResults.Site... sites) {
        return ReportResultTables.sites(t, optimization(sites), SIX).header().get(2);
    }

    private static ReportResults.Site site(String id, boolean existing) { return new ReportResults.Site(id, "name " + id, "SML31", existing); }

    private static ReportResults.Optimization optimization(ReportResults.Site... sites) {
        return new ReportResults.Optimization("mclp", "SIX", "community-support", 0.0, true, "exact", 35609, 0, 0, 0, 0, 0, List.of(sites),
                new ReportResults.Source(ReportResults.Source.FILE, "result.json", null, Map.of()), null);
    }
}
