package org.dostap.data.instance;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolomonReaderTest {
    private final SolomonReader reader = new SolomonReader();

    @Test
    void readsR101WhoseSpacingDiffers() throws Exception {
        VrptwInstance r101 = reader.read(SolomonSolveTest.resource("r101.txt"));
        assertThat(r101.name()).isEqualTo("R101");
        assertThat(r101.maxVehicles()).isEqualTo(25);
        assertThat(r101.capacity()).isEqualTo(200);
        assertThat(r101.customerCount()).isEqualTo(100);
        assertThat(r101.depot().due()).isEqualTo(230);
        // row 1 of r101: 1 41 49 10 161 171 10
        assertThat(r101.nodes().get(1).x()).isEqualTo(41);
        assertThat(r101.nodes().get(1).ready()).isEqualTo(161);
        assertThat(r101.nodes().get(1).service()).isEqualTo(10);
    }

    @Test
    void everyDefectIsListedWithItsLine() {
        List<String> lines = List.of("BAD", "", "VEHICLE", "NUMBER     CAPACITY", "  0         200", "", "CUSTOMER",
                "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",
                "    0      40         50          0          0       1236          0",
                "    1      45         68         10        912        967",
                "    2      45         7o         30        825        870         90",
                "    2      45         70         30        870        825         90");
        assertThatThrownBy(() -> reader.parse("bad.txt", lines))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("bad.txt, row 5, column NUMBER: at least one vehicle is needed")
                .hasMessageContaining("bad.txt, row 10: expected 7 numbers")
                .hasMessageContaining("row 11, column YCOORD.: not a number: \"7o\"")
                .hasMessageContaining("row 12, column DUE DATE: time window [870, 825] is empty");
    }

    @Test
    void missingSectionsAreNamed() {
        assertThatThrownBy(() -> reader.parse("x.txt", List.of("just text")))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no VEHICLE section").hasMessageContaining("no CUSTOMER section");
        assertThatThrownBy(() -> reader.parse("empty.txt", List.of()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("the file is empty");
    }
}
