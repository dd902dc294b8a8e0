package org.dostap.web.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's optimization sentence gives the gain's estimate range (roads slow to fast), in both languages; none with road times. */
class GainRangeTextTest {
    private static ReportResults.Optimization result(long low, long high) {
        return new ReportResults.Optimization("mclp", "SML", "community-support", 0.0, true, "exact", 107_282, 102_570, 106_905, 4_335,
                low, high, List.of(new ReportResults.Site("s1", "Нов", "SML31", false)),
                new ReportResults.Source(ReportResults.Source.FILE, "result.json", null, Map.of()), null);
    }

    @Test
    void theGainHasTheRangeOnEstimatedTimes() {
        ReportText en = ReportText.of("en");
        assertThat(ReportNarrative.optimization(en, result(3_900, 4_700))).contains("after (+" + en.integer(4_335) + "; estimate range +"
                + en.integer(3_900) + " to +" + en.integer(4_700) + ", roads slow to fast)");
        ReportText bg = ReportText.of("bg");
        assertThat(ReportNarrative.optimization(bg, result(3_900, 4_700))).contains("(+" + bg.integer(4_335) + "; оценка: от +"
                + bg.integer(3_900) + " до +" + bg.integer(4_700) + " при бавни / бързи пътища)");
        assertThat(ReportNarrative.optimization(en, result(4_335, 4_335))).contains("after (+" + en.integer(4_335) + ").");
    }
}
