package org.dostap.data.instance;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.optimize.LocationInstance;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstanceReaderTest {
    private final InstanceReader reader = new InstanceReader();

    @Test
    void duplicateEdgesLastWinsThenShortestPaths(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // edge 1-2 given as 5 then 9: the last (9) wins, but the path 1-3-2 (2 + 3 = 5) is shorter
        Path f = dir.resolve("tiny.txt");
        Files.writeString(f, " 3 4 1\n 1 2 5\n 1 3 2\n 3 2 3\n 2 1 9\n");
        LocationInstance inst = reader.read(f, InstanceFormat.ORLIB_PMED).instance();
        assertThat(inst.costs().cost(0, 1)).isEqualTo(5);
        Files.writeString(f, " 3 3 1\n 1 2 1\n 2 3 7\n 2 1 4\n");
        inst = reader.read(f, InstanceFormat.ORLIB_PMED).instance();
        assertThat(inst.costs().cost(0, 1)).isEqualTo(4); // not min(1, 4)
        assertThat(inst.costs().cost(0, 2)).isEqualTo(11);
    }

    @Test
    void pmedcapDistancesAreFloored() {
        LocationInstance inst = reader.read(PmedInstancesTest.resource("capmed/pmedcap01.txt"), InstanceFormat.CAPMED).instance();
        // points 1 (2, 62) and 2 (80, 25): hypot(78, 37) = 86.33 -> 86
        assertThat(inst.costs().cost(0, 1)).isEqualTo(86);
    }

    @Test
    void sjcDistancesAreReal() {
        PublishedInstance inst = reader.read(PmedInstancesTest.resource("capmed/SJC1.dat"), InstanceFormat.SJC);
        assertThat(inst.p()).isEqualTo(10);
        assertThat(inst.instance().costs().cost(0, 1)).isCloseTo(Math.hypot(3, 155), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(inst.instance().capacity(0)).isEqualTo(720);
        assertThat(inst.instance().load(0)).isEqualTo(50);
    }

    @Test
    void truncatedPmed() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/pmed-truncated.txt"), InstanceFormat.ORLIB_PMED))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("pmed-truncated.txt, row 4: the file ends after 3 of 6 edges (truncated?)");
    }

    @Test
    void everyProblemOfAMalformedPmedAtOnce() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/pmed-not-a-number-and-vertex-out-of-range.txt"), InstanceFormat.ORLIB_PMED))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("row 3: not a whole number: \"1O\"")
                .hasMessageContaining("row 5: vertex out of range 1..4: 4 9");
    }

    @Test
    void negativeCapacity() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/capmed-negative-capacity.txt"), InstanceFormat.CAPMED))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("capmed-negative-capacity.txt, row 2: negative capacity -120");
    }

    @Test
    void missingColumnAndEmptyFile() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/sjc-missing-column.dat"), InstanceFormat.SJC))
                .hasMessageContaining("sjc-missing-column.dat, row 3: expected 4 numbers (x y capacity demand), found 3");
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/pmed-empty.txt"), InstanceFormat.ORLIB_PMED))
                .hasMessageContaining("pmed-empty.txt: the file is empty");
    }

    @Test
    void decimalCoordinatesCapacitiesAndDemandsAreRead() {
        var inst = reader.read(PmedInstancesTest.resource("sjc-decimal-coordinates.dat"), InstanceFormat.SJC);
        assertThat(inst.instance().costs().cost(0, 1)).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(inst.instance().capacity(2)).isEqualTo(10.5);
        assertThat(inst.instance().load(0)).isEqualTo(2.5);
    }

    @Test
    void aFileInTheOtherCapacitatedFormatIsNamedAsSuch() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/capmed-read-as-sjc.txt"), InstanceFormat.SJC))
                .hasMessageContaining("capmed-read-as-sjc.txt, row 1: p must be between 1 and n = 1, got 713")
                .hasMessageContaining("--format capmed");
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/sjc-read-as-capmed.dat"), InstanceFormat.CAPMED))
                .hasMessageContaining("sjc-read-as-capmed.dat, row 2: n = 409154 points is more than this reader takes")
                .hasMessageContaining("--format sjc");
    }

    @Test
    void lettersAndOverflowingNumbersInPointLinesAreNamedTogether() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/sjc-letter-and-overflow.dat"), InstanceFormat.SJC))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("row 3: not a number: \"x\" (expected x y capacity demand)")
                .hasMessageContaining("row 4: not a number: \"1e400\"");
    }

    @Test
    void negativeCapacityAndDemandInPointLinesAreWrittenAsInTheFile() {
        assertThatThrownBy(() -> reader.read(PmedInstancesTest.resource("bad/sjc-negative-capacity-and-demand.dat"), InstanceFormat.SJC))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("row 3: negative capacity -7")
                .hasMessageContaining("row 4: negative demand -2")
                .hasMessageNotContaining("-7.0");
    }
}
