package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.region.Settlement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dostap.data.input.InputFixtures.SMOLYAN;
import static org.dostap.data.input.InputFixtures.fixture;
import static org.dostap.data.input.InputFixtures.problemsOf;

class SettlementFileReaderTest {
    private final SettlementFileReader reader = new SettlementFileReader(SMOLYAN);

    @Test
    void readsAValidCsvWithOptionalAndExtraPopulationColumns() {
        SettlementFileReader.SettlementInput in = reader.readInput(fixture("settlements-valid.csv"));
        assertThat(in.populationColumns()).containsExactly("population", "pop_2011");
        assertThat(in.settlements()).extracting(Settlement::id).containsExactly("67653", "05462", "00850");
        Settlement smolyan = in.settlements().get(0);
        assertThat(smolyan.name()).isEqualTo("Смолян");
        assertThat(smolyan.nameEn()).isEqualTo("Smolyan");
        assertThat(smolyan.municipality()).isEqualTo("SML31");
        assertThat(smolyan.kind()).isEqualTo("town");
        assertThat(smolyan.location()).isEqualTo(new GeoPoint(24.710126, 41.574406));
        assertThat(smolyan.findPopulation("population")).hasValue(27_851);
        assertThat(smolyan.findPopulation("pop_2011")).hasValue(30_313);
        assertThat(in.settlements().get(2).findPopulation("pop_2011")).isEmpty();
    }

    @Test
    void readsGeoJsonPointsWithTheSameProperties() {
        SettlementFileReader.SettlementInput in = reader.readInput(fixture("settlements-valid.geojson"));
        assertThat(in.populationColumns()).containsExactly("population", "pop_2011");
        assertThat(in.settlements()).hasSize(2);
        assertThat(in.settlements().get(1).location()).isEqualTo(new GeoPoint(24.293031, 41.684048));
        assertThat(in.settlements().get(1).population("population")).isEqualTo(2_262);
    }

    @Test
    void acceptsAUtf8ByteOrderMarkAndExcelSemicolons() {
        assertThat(reader.read(fixture("settlements-utf8-bom.csv"))).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo("20465"));
        assertThat(reader.read(fixture("settlements-semicolon-decimal-comma.csv"))).singleElement()
                .satisfies(s -> assertThat(s.location()).isEqualTo(new GeoPoint(24.391539, 41.742911)));
    }

    /** Defect: Excel's "Text (Tab delimited)" file gave five "required column is missing" problems for columns it had. */
    @Test
    void readsExcelTabSeparatedText() {
        assertThat(reader.read(fixture("settlements-tab-separated-excel-text.csv"))).hasSize(2)
                .satisfies(all -> {
                    assertThat(all.get(0).location()).isEqualTo(new GeoPoint(24.391539, 41.742911));
                    assertThat(all.get(1).id()).isEqualTo("05462");
                    assertThat(all.get(1).population("population")).isEqualTo(2_262);
                });
    }

    @Test
    void missingPopulationColumn() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-missing-population-column.csv")))).containsExactly(
                Problem.inCell("settlements-missing-population-column.csv", 0, "population",
                        "required column 'population' is missing (found: id, name, lon, lat)"));
    }

    @Test
    void swappedLonLat() {
        List<Problem> problems = problemsOf(() -> reader.read(fixture("settlements-swapped-lon-lat.csv")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.cell().row()).isEqualTo(2);
            assertThat(p.cell().column()).isEqualTo("lon,lat");
            assertThat(p.message()).startsWith("lon and lat look swapped: (41.742911, 24.391539) is outside the region");
        });
    }

    @Test
    void cp1251EncodingAsksForUtf8() {
        PlanningException e = catchThrowableOfType(PlanningException.class,
                () -> reader.read(fixture("settlements-cp1251-encoding.csv")));
        assertThat(e.getMessage()).isEqualTo("settlements-cp1251-encoding.csv: is not UTF-8 text (invalid byte 0xD7 on line 2);"
                + " save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
    }

    @Test
    void duplicateId() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-duplicate-id.csv")))).containsExactly(
                Problem.inCell("settlements-duplicate-id.csv", 3, "id", "duplicate id '67653' (first used on row 1)"));
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-empty.csv")))).containsExactly(
                Problem.inCell("settlements-empty.csv", 0, "", "the file is empty"));
        assertThat(problemsOf(() -> reader.read(fixture("settlements-header-only.csv")))).containsExactly(
                Problem.inCell("settlements-header-only.csv", 0, "", "the file has a header but no data rows"));
    }

    @Test
    void badNumbers() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-bad-number.csv")))).containsExactly(
                Problem.inCell("settlements-bad-number.csv", 1, "lat", "not a number: \"4l.574406\""),
                Problem.inCell("settlements-bad-number.csv", 2, "population", "not a whole number: \"шест хиляди\""));
    }

    @Test
    void outsideTheRegion() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-outside-region.csv")))).singleElement().satisfies(p -> {
            assertThat(p.cell().row()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("coordinate (23.32167, 42.697839) lies outside the region"
                    + " (lon 23.997..25.240, lat 41.265..41.983)");
        });
        // the same file is fine for the whole country
        assertThat(new SettlementFileReader(null).read(fixture("settlements-outside-region.csv"))).hasSize(2);
    }

    @Test
    void negativePopulation() {
        assertThat(problemsOf(() -> reader.read(fixture("settlements-negative-population.csv")))).containsExactly(
                Problem.inCell("settlements-negative-population.csv", 1, "population", "must not be negative: -6100"));
    }

    @Test
    void listsEveryDefectOfAFileAtOnce() {
        PlanningException e = catchThrowableOfType(PlanningException.class,
                () -> reader.read(fixture("settlements-several-defects.csv")));
        assertThat(e.problems()).extracting(Problem::describe).containsExactly(
                "settlements-several-defects.csv, row 2, column lon,lat: lon and lat look swapped: (41.742911, 24.391539) is outside"
                        + " the region, (24.391539, 41.742911) is inside; lon is the east-west coordinate",
                "settlements-several-defects.csv, row 3, column id: duplicate id '67653' (first used on row 1)",
                "settlements-several-defects.csv, row 4, column population: must not be negative: -5",
                "settlements-several-defects.csv, row 5, column name: is empty",
                "settlements-several-defects.csv, row 5, column pop_2011: not a whole number: \"5344x\"");
        assertThat(e.getMessage()).startsWith("5 problems:");
    }

    @Test
    void unsupportedExtensionAndMissingFile() {
        assertThat(problemsOf(() -> reader.read(fixture("README.md")))).extracting(Problem::message)
                .containsExactly("unsupported file type; use a .csv or .geojson file");
        assertThat(problemsOf(() -> reader.read(fixture("README.md").resolveSibling("nope.csv")))).extracting(Problem::message)
                .singleElement().asString().startsWith("file not found:");
    }
}
