package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The estimate's parameters measured on a road network: median of road distance / great-circle distance
 * (the detour factor) and median road speed, over {@code pairs} routed sample pairs.
 */
public record DetourCalibration(TravelMode mode, double detourFactor, double speedKmh, int pairs) {
    public static final int MAX_PAIRS = 200;
    public static final double MIN_PAIR_DISTANCE_METRES = 1000;

    public DetourCalibration {
        if (!(detourFactor > 0) || !(speedKmh > 0) || pairs <= 0)
            throw new IllegalArgumentException("calibration needs positive values");
    }

    /** An estimate with this detour factor (at least 1) and speed for {@link #mode()}; the other mode keeps its default. */
    public EstimatedTravelTimes toEstimate() {
        double detour = Math.max(1, detourFactor);
        return mode == TravelMode.CAR
                ? new EstimatedTravelTimes(detour, speedKmh, EstimatedTravelTimes.DEFAULT_FOOT_SPEED_KMH)
                : new EstimatedTravelTimes(detour, EstimatedTravelTimes.DEFAULT_CAR_SPEED_KMH, speedKmh);
    }

    static DetourCalibration measure(TravelTimeProvider network, TravelMode mode, List<GeoPoint> sample, long seed) {
        Random random = new Random(seed);
        List<Double> ratios = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        int attempts = 0;
        while (sample.size() >= 2 && ratios.size() < MAX_PAIRS && attempts++ < MAX_PAIRS * 5) {
            GeoPoint a = sample.get(random.nextInt(sample.size()));
            GeoPoint b = sample.get(random.nextInt(sample.size()));
            double beeline = a.distanceMetresTo(b);
            if (beeline < MIN_PAIR_DISTANCE_METRES) continue;
            Optional<RouteLeg> leg = network.route(a, b, mode);
            if (leg.isEmpty() || leg.get().travelTimeSeconds() == 0) continue;
            ratios.add(leg.get().distanceMetres() / beeline);
            speeds.add(leg.get().distanceMetres() / leg.get().travelTimeSeconds() * 3.6);
        }
        if (ratios.isEmpty())
            throw PlanningException.invalid("cannot calibrate the detour factor: no two of the " + sample.size()
                    + " sample points are at least " + (int) MIN_PAIR_DISTANCE_METRES + " m apart and connected by road");
        return new DetourCalibration(mode, median(ratios), median(speeds), ratios.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
