package org.dostap.web.indicators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Met, not met, or uncertain when the estimate's range (people within, roads slow to fast) straddles the target. */
class TargetStatusTest {
    /** 1,000 people, 850 within on the point estimate, 800-900 over the estimate's range. */
    private static AccessIndicators estimated(long low, long point, long high) {
        return new AccessIndicators("SML", "Смолян", "Smolyan", 1000, 10, point, point / 1000.0, 1, 1000 - point,
                20.0, 40.0, 0.2, null, low, high);
    }

    @Test
    void theRangeDecidesNotThePointEstimate() {
        AccessIndicators a = estimated(800, 850, 900);
        assertThat(TargetStatus.of(a, 0.80)).isEqualTo(TargetStatus.MET);        // even slow roads reach it
        assertThat(TargetStatus.of(a, 0.85)).isEqualTo(TargetStatus.UNCERTAIN);  // the point estimate alone said met
        assertThat(MonitoringService.meets(a, 0.85)).isTrue();
        assertThat(TargetStatus.of(a, 0.88)).isEqualTo(TargetStatus.UNCERTAIN);  // the point estimate alone said not met
        assertThat(MonitoringService.meets(a, 0.88)).isFalse();
        assertThat(TargetStatus.of(a, 0.90)).isEqualTo(TargetStatus.UNCERTAIN);
        assertThat(TargetStatus.of(a, 0.901)).isEqualTo(TargetStatus.NOT_MET);  // even fast roads miss it
    }

    @Test
    void roadTimesHaveNoRangeSoTheAnswerIsMetOrNotMet() {
        AccessIndicators road = estimated(850, 850, 850);
        assertThat(TargetStatus.of(road, 0.85)).isEqualTo(TargetStatus.MET);
        assertThat(TargetStatus.of(road, 0.851)).isEqualTo(TargetStatus.NOT_MET);
        AccessIndicators empty = new AccessIndicators("X", "", "", 0, 0, 0, 0, 0, 0, null, null, null, null, 0, 0);
        assertThat(TargetStatus.of(empty, 1.0)).isEqualTo(TargetStatus.MET);
    }

    @Test
    void bothLanguagesAndTheJsonCode() {
        assertThat(TargetStatus.UNCERTAIN.code()).isEqualTo("uncertain");
        assertThat(TargetStatus.NOT_MET.code()).isEqualTo("not-met");
        assertThat(TargetStatus.UNCERTAIN.label(true)).isEqualTo("несигурно (в обхвата на оценката)");
        assertThat(TargetStatus.UNCERTAIN.label(false)).isEqualTo("uncertain (within the estimate's range)");
        assertThat(TargetStatus.MET.label(true)).isEqualTo("да");
        assertThat(TargetStatus.NOT_MET.label(false)).isEqualTo("no");
    }
}
