package org.dostap.engine.traveltime;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Optional;

/**
 * Computes travel times towards destinations (the direction people travel: settlement to centre).
 * Two implementations: the road network ({@code engine.routing}) and the estimate
 * ({@link EstimatedTravelTimes}). Implementations are thread-safe.
 */
public interface TravelTimeProvider {
    TravelTimeSource source();

    /** Provenance for outputs: network file and date, or the estimate's parameters. */
    String description();

    /**
     * The error band of this provider's times for {@code mode}: {@link TimeBand#EXACT} for road times; the estimate's
     * fitted spread for estimated times.
     */
    default TimeBand band(TravelMode mode) { return TimeBand.EXACT; }

    /**
     * The estimate's parameters and where they were fitted: the model in use for estimated times; for a road network,
     * the estimate fitted on it when that was done (reported, not used for its times).
     */
    default java.util.Optional<EstimateModel> estimateModel() { return java.util.Optional.empty(); }

    /** Snaps the origins once; the result is reused for every destination. */
    OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode);

    /**
     * Seconds from every origin to {@code destination}, access legs included;
     * {@link TravelTimeMatrix#UNREACHABLE} for no path or a not-connected origin.
     * Searches no farther than {@code limitSeconds} (times beyond may be reported UNREACHABLE).
     */
    int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds);

    /** Full matrix origins x destinations, computed on all available cores. */
    default TravelTimeMatrix matrix(OriginSet origins, List<GeoPoint> destinations, TravelMode mode,
                                    int limitSeconds, ProgressListener progress) {
        int[][] columns = new int[destinations.size()][];
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        java.util.stream.IntStream.range(0, destinations.size()).parallel().forEach(d -> {
            columns[d] = travelTimesSecondsTo(origins, destinations.get(d), mode, limitSeconds);
            progress.progress(done.incrementAndGet(), destinations.size());
        });
        return TravelTimeMatrix.fromColumns(origins.size(), columns);
    }

    /**
     * The area from which {@code destination} is reachable within {@code limitSeconds}, in EPSG:4326.
     * Empty geometry when nothing is reachable.
     */
    Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds);

    /**
     * Catchments for several limits at once, in the order given. The default computes each separately;
     * the road network answers all of them from one shortest-path tree.
     */
    default List<Geometry> catchmentPolygons(GeoPoint destination, TravelMode mode, int[] limitsSeconds) {
        return java.util.Arrays.stream(limitsSeconds).mapToObj(l -> catchmentPolygon(destination, mode, l)).toList();
    }

    /**
     * The trip from {@code from} to {@code to}: time, distance and line (access legs included);
     * empty when either point is not connected or no path exists. (A default that throws keeps other
     * implementations, e.g. test fakes, compiling.)
     */
    default Optional<RouteLeg> route(GeoPoint from, GeoPoint to, TravelMode mode) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not compute routes");
    }

    /**
     * The same travel times with roads closed (a scenario's {@link RoadClosure}s); this provider is unchanged. Only a
     * road network can close roads: the default refuses.
     *
     * @throws org.dostap.engine.common.PlanningException INVALID_INPUT naming every closure that cannot apply
     *                                                    (e.g. one that closes no road of the network)
     */
    default TravelTimeProvider withClosures(List<RoadClosure> closures) {
        if (closures.isEmpty()) return this;
        throw org.dostap.engine.common.PlanningException.invalid(List.of(org.dostap.engine.common.Problem.atField("closures",
                "road closures need road travel times (a road network: --osm FILE); " + source().label()
                        + " travel times cannot close a road")));
    }
}
