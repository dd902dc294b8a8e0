package org.dostap.data.instance;

import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.PMedianProblem;
import org.dostap.engine.optimize.SolveOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Small OR-Library p-median instances solved to their published optimum (optimal.csv), proven (gap 0). */
class PmedInstancesTest {
    static Path resource(String name) {
        try {
            return Path.of(PmedInstancesTest.class.getResource("/instances/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"pmed1, 5, 5819", "pmed3, 10, 4250", "pmed5, 33, 1355", "pmed7, 10, 5631"})
    void solvesToPublishedOptimum(String name, int p, double optimum) {
        PublishedInstance inst = new InstanceReader().read(resource("pmed/" + name + ".txt"), InstanceFormat.ORLIB_PMED);
        assertThat(inst.p()).isEqualTo(p);
        LocationSolution s = new PMedianProblem(inst.instance(), inst.p()).solve(SolveOptions.defaults().withTimeLimitSeconds(20));
        assertThat(s.objective()).isEqualTo(optimum);
        assertThat(s.lowerBound()).isEqualTo(optimum);
        assertThat(s.gap()).isZero();
        assertThat(s.sites()).hasSize(p);
    }
}
