package org.dostap.engine.traveltime;

import org.dostap.engine.common.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-computed estimates and bands on a two-band car model:
 * band A knot 1,000 m, detour 2.0, 36 km/h (10 m/s): 1,000 x 2 / 10 = 200 s (0.2 s per metre), p10 0.5, p90 2.0
 * (band ends 100 s and 400 s); band B knot 11,000 m, detour 1.5, 54 km/h (15 m/s): 11,000 x 1.5 / 15 = 1,100 s
 * (0.1 s/m), p10 0.8, p90 1.2 (ends 880 s and 1,320 s).
 */
class ModeEstimateTest {
    static final ModeEstimate TWO_BANDS = new ModeEstimate(TravelMode.CAR, List.of(
            new DistanceBand(0, 5_000, 100, 1_000, 2.0, 36, 0.5, 2.0),
            new DistanceBand(5_000, 50_000, 100, 11_000, 1.5, 54, 0.8, 1.2)));

    @Test
    void timesAreProportionalOutsideTheKnotsAndLinearBetween() {
        assertThat(TWO_BANDS.seconds(500)).isCloseTo(100, within(1e-9));     // 500 x 0.2
        assertThat(TWO_BANDS.seconds(1_000)).isCloseTo(200, within(1e-9));
        assertThat(TWO_BANDS.seconds(6_000)).isCloseTo(650, within(1e-9));   // halfway: (200 + 1100) / 2
        assertThat(TWO_BANDS.seconds(11_000)).isCloseTo(1_100, within(1e-9));
        assertThat(TWO_BANDS.seconds(20_000)).isCloseTo(2_000, within(1e-9)); // 20,000 x 0.1
        assertThat(TWO_BANDS.crowMetres(650)).isCloseTo(6_000, within(1e-6)); // the inverse
        assertThat(TWO_BANDS.crowMetres(2_000)).isCloseTo(20_000, within(1e-6));
        assertThat(TWO_BANDS.roadMetres(6_000)).isCloseTo(6_000 * 1.75, within(1e-6));
    }

    @Test
    void bandEndsAreTheInterpolatedPercentiles() {
        assertThat(TWO_BANDS.lowSeconds(100)).isEqualTo(50);     // 100 x 0.5
        assertThat(TWO_BANDS.highSeconds(100)).isEqualTo(200);   // 100 x 2.0
        assertThat(TWO_BANDS.lowSeconds(650)).isEqualTo(490);    // halfway between the knot ends 100 and 880
        assertThat(TWO_BANDS.highSeconds(650)).isEqualTo(860);   // halfway between 400 and 1,320
        assertThat(TWO_BANDS.lowSeconds(2_000)).isEqualTo(1_600);
        assertThat(TWO_BANDS.highSeconds(2_000)).isEqualTo(2_400);
        assertThat(TWO_BANDS.highSeconds(TravelTimeMatrix.UNREACHABLE)).isEqualTo(TravelTimeMatrix.UNREACHABLE);
    }

    @Test
    void timesAndBandEndsNeverDecreaseWithDistance() {
        for (ModeEstimate m : EstimateModels.bundled().modes()) {
            int previous = 0, previousLow = 0, previousHigh = 0;
            for (int metres = 0; metres <= 200_000; metres += 50) {
                int t = (int) Math.round(m.seconds(metres));
                assertThat(t).isGreaterThanOrEqualTo(previous);
                assertThat(m.lowSeconds(t)).as("%s low at %d m", m.mode(), metres).isGreaterThanOrEqualTo(previousLow);
                assertThat(m.highSeconds(t)).as("%s high at %d m", m.mode(), metres).isGreaterThanOrEqualTo(previousHigh);
                assertThat(m.lowSeconds(t)).isLessThanOrEqualTo(t);
                assertThat(m.highSeconds(t)).isGreaterThanOrEqualTo(t);
                previous = t;
                previousLow = m.lowSeconds(t);
                previousHigh = m.highSeconds(t);
            }
        }
    }

    @Test
    void theUniformRuleIsTheOldEstimateWithoutABand() {
        EstimatedTravelTimes uniform = EstimatedTravelTimes.uniform();
        GeoPoint a = new GeoPoint(24.7, 41.5), b = new GeoPoint(24.7, 41.6); // 11,119.5 m apart
        assertThat(uniform.travelTimeSeconds(a, b, TravelMode.CAR)).isEqualTo(1121); // x 1.4 / (50 / 3.6)
        assertThat(uniform.travelTimeSeconds(a, b, TravelMode.FOOT)).isEqualTo(12_454); // x 1.4 / (4.5 / 3.6) = 12,453.8
        assertThat(uniform.band(TravelMode.CAR).exact()).isTrue();
        assertThat(uniform.band(TravelMode.CAR).highSeconds(1121)).isEqualTo(1121);
    }

    @Test
    void theShippedEstimateHasABandAndWalkingIsSlower() {
        EstimatedTravelTimes fitted = EstimatedTravelTimes.defaults();
        GeoPoint a = new GeoPoint(24.7, 41.5), b = new GeoPoint(24.7, 41.6);
        int car = fitted.travelTimeSeconds(a, b, TravelMode.CAR);
        int foot = fitted.travelTimeSeconds(a, b, TravelMode.FOOT);
        assertThat(foot).isGreaterThan(5 * car);
        assertThat(fitted.band(TravelMode.CAR).exact()).isFalse();
        assertThat(fitted.band(TravelMode.CAR).lowSeconds(car)).isLessThan(car);
        assertThat(fitted.band(TravelMode.CAR).highSeconds(car)).isGreaterThan(car);
        assertThat(fitted.model().fit().networks()).extracting(EstimateModel.FittedNetwork::osmFile)
                .containsExactly("andorra.osm.pbf", "mostar.osm.gz");
        // the catchment circle's radius is the distance whose estimate is the limit
        double radius = fitted.model().get(TravelMode.CAR).crowMetres(1800);
        assertThat(fitted.model().get(TravelMode.CAR).seconds(radius)).isCloseTo(1800, within(1e-6));
    }

    @Test
    void knotsMustIncreaseInTime() {
        assertThatThrownBy(() -> new ModeEstimate(TravelMode.CAR, List.of(
                new DistanceBand(0, 5_000, 1, 1_000, 2.0, 10, 1, 1),
                new DistanceBand(5_000, 9_000, 1, 6_000, 1.0, 200, 1, 1)))).hasMessageContaining("increase");
    }

    @Test
    void theFitterRecoversAKnownModel() {
        // trips at 1 km taking 150..250 s and at 10 km taking 900..1100 s (uniformly spread), road metres x 1.5
        List<TripSample> trips = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            trips.add(new TripSample(TravelMode.CAR, 1_000 + i, (int) Math.round((150 + i) * (1_000 + i) / 1_000.0), 1.5 * (1_000 + i)));
            trips.add(new TripSample(TravelMode.CAR, 10_000 + i * 10, (int) Math.round((900 + 2 * i) * (10_000 + i * 10) / 10_000.0), 1.5 * (10_000 + i * 10)));
        }
        ModeEstimate m = EstimateFitter.fit(TravelMode.CAR, trips);
        assertThat(m.bands()).hasSize(2);
        DistanceBand near = m.bands().get(0), far = m.bands().get(1);
        assertThat(near.medianCrowMetres()).isEqualTo(1_050);
        assertThat(near.knotSeconds()).isCloseTo(200 * 1.05, within(0.5)); // median pace 0.2 s/m at 1,050 m
        assertThat(near.detourFactor()).isCloseTo(1.5, within(1e-9));
        assertThat(far.medianCrowMetres()).isEqualTo(10_500);
        assertThat(far.knotSeconds()).isCloseTo(1_000 * 1.05, within(0.5)); // median pace 0.1 s/m
        assertThat(near.ratioP10()).isCloseTo(0.80, within(0.03));  // paces 150..250 s/km, median 200: p10 160 / 200
        assertThat(near.ratioP90()).isCloseTo(1.20, within(0.03));  // p90 240 / 200 (against the interpolated time)
        assertThat(EstimateFitter.hitRate(m, trips)).isBetween(0.78, 0.84); // by construction about 80 %
    }
}
