package org.dostap.engine.routing;

import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.DistanceBand;
import org.dostap.engine.traveltime.EstimateFitter;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.EstimateModels;
import org.dostap.engine.traveltime.ModeEstimate;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TripSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped estimate is reproduced from the test extracts, and its error band is checked on an extract it was not
 * fitted on. "Most" is stated as: the band fitted on Andorra's mountain roads holds at least 70 % of central Mostar's
 * road times (measured 95.5 % by car, 74.2 % on foot). The reverse does NOT hold and the test pins that finding: fitted
 * on central Mostar's streets (trips up to 2.7 km) the band holds only about half of Andorra's car times, even within
 * the distance range it saw (measured 53 % of all pairs, 52 % within 2.7 km), because mountain roads are slower and
 * more varied than city streets at the same distance. Hence the defaults pool both, and a loaded network is re-fitted.
 */
class EstimateFitTest {
    static Path cacheDir;
    static NetworkEstimateFit.Result andorra;
    static NetworkEstimateFit.Result mostar;
    static EstimateModel recordedAndorra;

    @BeforeAll
    static void fitBoth() {
        cacheDir = RoutingTestSupport.freshGraphDir(EstimateFitTest.class);
        try (RoadNetwork a = RoadNetwork.open(RoutingConfig.defaults(RoutingTestSupport.osm("andorra.osm.pbf"), cacheDir), ProgressListener.NONE);
             RoadNetwork m = RoadNetwork.open(RoutingConfig.defaults(RoutingTestSupport.osm("mostar.osm.gz"), cacheDir), ProgressListener.NONE)) {
            andorra = NetworkEstimateFit.fit(a, ProgressListener.NONE);
            mostar = NetworkEstimateFit.fit(m, ProgressListener.NONE);
            recordedAndorra = a.fitEstimate(ProgressListener.NONE); // measured and recorded beside the graph
            assertThat(a.estimateModel()).contains(recordedAndorra);
        }
    }

    @AfterAll
    static void wipe() { GraphCache.deleteRecursively(cacheDir); }

    @Test
    void theShippedDefaultsAreReproducedFromTheTestExtracts() {
        EstimateModel pooled = NetworkEstimateFit.pooled(List.of(andorra, mostar), "bundled defaults");
        EstimateModel shipped = EstimateModels.bundled();
        assertThat(shipped.fit().networks()).isEqualTo(pooled.fit().networks());
        for (ModeEstimate expected : pooled.modes()) {
            List<DistanceBand> got = shipped.get(expected.mode()).bands();
            assertThat(got).hasSameSizeAs(expected.bands());
            for (int k = 0; k < got.size(); k++) {
                DistanceBand e = expected.bands().get(k), g = got.get(k);
                assertThat(g.pairs()).isEqualTo(e.pairs());
                assertThat(g.medianCrowMetres()).isCloseTo(e.medianCrowMetres(), within(1e-6));
                assertThat(g.detourFactor()).isCloseTo(e.detourFactor(), within(1e-9));
                assertThat(g.speedKmh()).isCloseTo(e.speedKmh(), within(1e-9));
                assertThat(g.ratioP10()).isCloseTo(e.ratioP10(), within(1e-9));
                assertThat(g.ratioP90()).isCloseTo(e.ratioP90(), within(1e-9));
            }
        }
    }

    @Test
    void placesAndPairsOfEachExtract() {
        EstimateModel.FittedNetwork a = andorra.model().fit().networks().get(0);
        assertThat(a.osmFile()).isEqualTo("andorra.osm.pbf");
        assertThat(a.osmDataDate()).startsWith("2013-05-28");
        assertThat(a.places()).isEqualTo(60);
        assertThat(a.pairs().get(0).pairs()).isEqualTo(60 * 59); // every ordered car pair
        assertThat(mostar.model().fit().networks().get(0).places()).isEqualTo(32);
        assertThat(mostar.model().fit().networks().get(0).pairs().get(0).pairs()).isEqualTo(32 * 31);
    }

    @Test
    void inSampleTheBandHoldsEightInTen() {
        for (NetworkEstimateFit.Result r : List.of(andorra, mostar))
            for (ModeEstimate m : r.model().modes())
                assertThat(EstimateFitter.hitRate(m, r.trips())).isBetween(0.78, 0.84);
    }

    @Test
    void fittedOnAndorraTheBandHoldsMostOfMostar() {
        assertThat(hit(andorra, TravelMode.CAR, mostar)).isGreaterThanOrEqualTo(0.70).isCloseTo(0.955, within(0.02));
        assertThat(hit(andorra, TravelMode.FOOT, mostar)).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void fittedOnCentralMostarTheBandMissesHalfOfAndorra() {
        double all = hit(mostar, TravelMode.CAR, andorra);
        assertThat(all).isBetween(0.45, 0.60); // measured 0.531: below the 70 % aim, see the class comment
        double maxMostar = mostar.trips().stream().mapToDouble(TripSample::crowMetres).max().orElseThrow();
        List<TripSample> inRange = andorra.trips().stream().filter(t -> t.crowMetres() <= maxMostar).toList();
        assertThat(EstimateFitter.hitRate(mostar.model().get(TravelMode.CAR), inRange)).isBetween(0.40, 0.60);
    }

    @Test
    void thePooledDefaultsHoldMostOfBoth() {
        EstimateModel pooled = NetworkEstimateFit.pooled(List.of(andorra, mostar), "bundled defaults");
        for (NetworkEstimateFit.Result r : List.of(andorra, mostar))
            for (ModeEstimate m : pooled.modes())
                assertThat(EstimateFitter.hitRate(m, r.trips())).as(r.model().fit().source() + " " + m.mode())
                        .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void theFitIsRecordedBesideTheCachedGraph() throws Exception {
        try (var dirs = Files.list(cacheDir)) {
            assertThat(dirs.filter(d -> Files.isRegularFile(d.resolve(NetworkEstimateFit.CACHE_FILE))).count()).isEqualTo(1);
        }
        assertThat(recordedAndorra.modes()).isEqualTo(andorra.model().modes());
    }

    private static double hit(NetworkEstimateFit.Result fitted, TravelMode mode, NetworkEstimateFit.Result checked) {
        return EstimateFitter.hitRate(fitted.model().get(mode), checked.trips());
    }
}
