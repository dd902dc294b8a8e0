package org.dostap.data.instance;

import org.dostap.engine.mobile.vrptw.NearestNeighbourVrptw;
import org.dostap.engine.mobile.vrptw.VrptwFeasibility;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.mobile.vrptw.VrptwSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Solves three published instances briefly; the independent check must find every solution feasible. */
class SolomonSolveTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(SolomonSolveTest.class.getResource("/solomon/" + name).toURI());
    }

    @ParameterizedTest
    @CsvSource({"c101.txt, 10, 828.94", "r101.txt, 19, 1650.80", "rc101.txt, 14, 1696.95"})
    void solvesFeasiblyNearTheBestKnown(String file, int bestVehicles, double bestDistance) throws Exception {
        VrptwInstance instance = new SolomonReader().read(resource(file));
        VrptwSolution s = new VrptwSolver().solve(instance, Duration.ofSeconds(2));
        assertThat(s.violations()).isEmpty();
        assertThat(s.feasible()).isTrue();
        assertThat(VrptwFeasibility.violations(instance, s.routes())).isEmpty();
        assertThat(s.routes().stream().mapToInt(java.util.List::size).sum()).isEqualTo(100);
        assertThat(s.vehicles()).isLessThanOrEqualTo(bestVehicles + 3);
        assertThat(s.distance()).isGreaterThanOrEqualTo(bestDistance * 0.9);

        VrptwSolution nn = new NearestNeighbourVrptw().solve(instance);
        assertThat(nn.feasible()).as(nn.violations().toString()).isTrue();
    }
}
