package org.dostap.data.input;

import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.TimeWindow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dostap.data.input.InputFixtures.fixture;

/** Visits files against a 4-week horizon, day 08:00-16:00. */
class VisitFileReaderTest {
    private static final VisitFileReader.Context CONTEXT =
            new VisitFileReader.Context(Set.of("83274", "49014", "66384", "14605"), 4, 8 * 3600, 8 * 3600);
    private final VisitFileReader reader = new VisitFileReader();

    private List<String> problems(String name) {
        ProblemCollector p = new ProblemCollector();
        assertThat(reader.read(fixture(name), CONTEXT, p)).isNull();
        return p.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void readsTheOverridesAsSecondsAfterTheStartOfTheDay() {
        ProblemCollector p = new ProblemCollector();
        VisitOverrides v = reader.read(fixture("visits-valid.csv"), CONTEXT, p);
        assertThat(p.isEmpty()).isTrue();
        assertThat(v.weeksBySettlement()).isEqualTo(Map.of("83274", 1, "66384", 4));
        assertThat(v.windowBySettlement()).isEqualTo(Map.of("83274", new TimeWindow(3600, 4 * 3600),
                "49014", new TimeWindow(150 * 60, 7 * 3600)));
        assertThat(v.onSiteSecondsBySettlement()).isEqualTo(Map.of("83274", 90 * 60, "66384", 45 * 60));
    }

    @Test
    void everyBadCellIsNamedWithRowAndColumn() {
        assertThat(problems("visits-several-defects.csv")).containsExactly(
                "visits-several-defects.csv, row 1, column frequency_weeks: the horizon of 4 weeks is not a multiple of 3 weeks",
                "visits-several-defects.csv, row 2, column settlement_id: no settlement with id '99999' in the region",
                "visits-several-defects.csv, row 3, column frequency_weeks: a visit every 8 weeks is longer than the planning horizon of 4 weeks",
                "visits-several-defects.csv, row 3, column time_window: '9-12' is not a time window HH:MM-HH:MM, e.g. 09:00-12:30",
                "visits-several-defects.csv, row 3, column on_site_min: must not be negative: -5",
                "visits-several-defects.csv, row 4, column time_window: the window 14:00-10:00 closes before it opens",
                "visits-several-defects.csv, row 5, column settlement_id: settlement '83274' is already on row 1",
                "visits-several-defects.csv, row 6, column frequency_weeks: visits must be at least 1 week apart, got 0",
                "visits-several-defects.csv, row 6, column time_window: the window 07:00-09:00 opens before the working day starts (08:00-16:00)",
                "visits-several-defects.csv, row 6, column on_site_min: 600.0 min is longer than the working day");
    }

    @Test
    void fileLevelDefects() {
        assertThat(problems("visits-missing-settlement-id-column.csv")).containsExactly(
                "visits-missing-settlement-id-column.csv, column settlement_id: required column 'settlement_id' is missing (found: ekatte, frequency_weeks)",
                "visits-missing-settlement-id-column.csv, column ekatte: unknown column 'ekatte'; the columns are settlement_id, frequency_weeks, time_window, on_site_min");
        assertThat(problems("visits-unknown-column.csv")).containsExactly(
                "visits-unknown-column.csv, column frequency_week: unknown column 'frequency_week'; the columns are settlement_id, frequency_weeks, time_window, on_site_min",
                "visits-unknown-column.csv: no column to override: give at least one of frequency_weeks, time_window, on_site_min");
        assertThat(problems("visits-empty.csv")).singleElement().asString().startsWith("visits-empty.csv");
        assertThat(problems("visits-frequency-longer-than-horizon.csv")).containsExactly(
                "visits-frequency-longer-than-horizon.csv, row 1, column frequency_weeks: a visit every 8 weeks is longer than the planning horizon of 4 weeks");
        assertThat(problems("visits-window-after-working-day.csv")).containsExactly(
                "visits-window-after-working-day.csv, row 1, column time_window: the window 17:00-18:00 opens after the working day ends (08:00-16:00)");
    }

    @Test
    void populationClassesMustCoverEveryPopulationOnce() {
        org.dostap.engine.common.ProblemLocation flag = new org.dostap.engine.common.ProblemLocation.Option("--frequency-by-population");
        ProblemCollector ok = new ProblemCollector();
        assertThat(VisitRules.populationClasses("0-99:4, 100-499:2,500-:1", 4, flag, ok)).hasValueSatisfying(c -> assertThat(c)
                .extracting(x -> x.minPopulation() + ":" + x.weeks()).containsExactly("0:4", "100:2", "500:1"));
        assertThat(ok.isEmpty()).isTrue();

        ProblemCollector p = new ProblemCollector();
        assertThat(VisitRules.populationClasses("10-99:4,50-199:2,300-400:8,x:1", 4, flag, p)).isEmpty();
        assertThat(p.problems()).extracting(Problem::describe).containsExactly(
                "command line, option --frequency-by-population: class 300-400:8: a visit every 8 weeks is longer than the planning horizon of 4 weeks",
                "command line, option --frequency-by-population: 'x:1' is not a class LOW-HIGH:WEEKS (or LOW-:WEEKS for the last, open-ended one), e.g. 0-99:4,100-499:2,500-:1",
                "command line, option --frequency-by-population: populations 0-9 are in no class; the first class must start at 0",
                "command line, option --frequency-by-population: classes 10-99:4 and 50-199:2 overlap (population 50-99)",
                "command line, option --frequency-by-population: populations 200-299 are in no class",
                "command line, option --frequency-by-population: populations above 400 are in no class; end with an open class such as 401-:8");
    }

    @Test
    void windowsAreClockTimesWithinTheDay() {
        org.dostap.engine.common.ProblemLocation flag = new org.dostap.engine.common.ProblemLocation.Option("--time-window");
        ProblemCollector p = new ProblemCollector();
        assertThat(VisitRules.clockWindow("9:30-12:00", 8 * 3600, 8 * 3600, flag, p)).hasValue(new TimeWindow(90 * 60, 4 * 3600));
        assertThat(VisitRules.clockWindow("25:00-26:00", 8 * 3600, 8 * 3600, flag, p)).isEmpty();
        assertThat(p.problems()).extracting(Problem::message).containsExactly("'25:00-26:00' is not a time window HH:MM-HH:MM, e.g. 09:00-12:30");
    }

}
