package org.dostap.engine.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.storage.index.LocationIndexTree;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.engine.traveltime.TravelTimeSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Travel times over an OpenStreetMap road network (GraphHopper 11), in the direction people travel
 * (settlement to centre). Open with {@link #open}; the imported graph is cached on disk (see
 * {@link GraphCache}). Thread-safe: one instance serves many concurrent requests. Close when done.
 * <p>
 * Every point (settlement or facility) is snapped to the closest usable road of the profile, outside road
 * islands smaller than {@link RoutingConfig#minNetworkSize()}; the straight line to the snapped position is
 * walked at {@link RoutingConfig#accessSpeedKmh()} and added to the time; a point farther than
 * {@link RoutingConfig#maxSnapDistanceMetres()} is not connected.
 */
public final class RoadNetwork implements TravelTimeProvider, AutoCloseable {
    private final GraphHopper hopper;
    private final NetworkMetadata metadata;
    private final boolean loadedFromCache;
    private final RoutingConfig config;
    private final Map<TravelMode, ModeGraph> graphs = new EnumMap<>(TravelMode.class);
    private volatile EstimateModel fittedEstimate;

    private RoadNetwork(GraphLoader.Loaded loaded, RoutingConfig config) {
        this.hopper = loaded.hopper();
        this.metadata = loaded.metadata();
        this.loadedFromCache = loaded.fromCache();
        this.config = config;
        double searchRadiusMetres = config.maxSnapDistanceMetres();
        if (hopper.getLocationIndex() instanceof LocationIndexTree tree) { // search at least as far as the maximum snap distance
            int rings = Math.max(4, (int) Math.ceil(config.maxSnapDistanceMetres() / tree.getMinResolutionInMeter()) + 1);
            tree.setMaxRegionSearch(rings);
            searchRadiusMetres = Math.max(searchRadiusMetres, (rings - 1) * (double) tree.getMinResolutionInMeter());
        }
        for (TravelMode mode : config.modes()) {
            var weighting = hopper.createWeighting(hopper.getProfile(Profiles.name(mode)), new PMap());
            var subnetwork = hopper.getEncodingManager().getBooleanEncodedValue(ModeGraph.subnetworkKey(mode));
            graphs.put(mode, new ModeGraph(mode, hopper.getBaseGraph(), hopper.getLocationIndex(), weighting, subnetwork,
                    config.accessSpeedKmh(), config.maxSnapDistanceMetres(), searchRadiusMetres, bounds()));
        }
    }

    /**
     * Imports the OSM file (or loads the cached graph). Progress is reported in {@link GraphLoader#STEPS} steps.
     *
     * @throws PlanningException the file is not OpenStreetMap data, or the cache cannot be written
     */
    public static RoadNetwork open(RoutingConfig config, ProgressListener progress) {
        return new RoadNetwork(GraphLoader.open(config, progress), config);
    }

    public NetworkMetadata metadata() { return metadata; }

    /** True when this instance loaded an existing graph, false when it imported the OSM file. */
    public boolean loadedFromCache() { return loadedFromCache; }

    public RoutingConfig config() { return config; }

    /** Bounding box of the road graph in lon/lat (x = lon, y = lat), e.g. to fit a map or to sample points. */
    public Envelope bounds() {
        var b = hopper.getBaseGraph().getBounds();
        return new Envelope(b.minLon, b.maxLon, b.minLat, b.maxLat);
    }

    public Set<TravelMode> modes() { return config.modes(); }

    @Override
    public TravelTimeSource source() { return TravelTimeSource.ROAD; }

    @Override
    public String description() {
        return metadata.describe() + String.format(Locale.ROOT, "; access legs walked at %.1f km/h, snapped up to %.0f m",
                config.accessSpeedKmh(), config.maxSnapDistanceMetres());
    }

    /**
     * How one point attaches to the network for {@code mode}. For a not-connected point the snap distance is the
     * distance to the closest usable road, or, when no road is within the search radius at all, a finite lower
     * bound of it (the search radius or the distance to the network's bounding box, whichever is larger).
     */
    public PointAccess snap(GeoPoint point, TravelMode mode) {
        return graph(mode).snap(point).access();
    }

    @Override
    public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) {
        return new SnappedOrigins(graph(mode), origins);
    }

    @Override
    public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
        if (!(origins instanceof SnappedOrigins snapped) || snapped.mode != mode)
            throw new IllegalArgumentException("origins were not prepared by this network for " + mode.label());
        return OneToMany.travelTimesSecondsTo(graph(mode), snapped, destination, limitSeconds);
    }

    @Override
    public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
        return catchmentPolygons(destination, mode, new int[]{limitSeconds}).get(0);
    }

    /** One reverse tree for all limits; see {@link Catchments}. */
    @Override
    public List<Geometry> catchmentPolygons(GeoPoint destination, TravelMode mode, int[] limitsSeconds) {
        return List.of(Catchments.polygons(graph(mode), hopper.getRouterConfig(), destination, limitsSeconds));
    }

    /**
     * GraphHopper's point-to-point route (same profile, same snapping) plus the two access legs. The line runs
     * from {@code from} through the snapped positions to {@code to}.
     */
    @Override
    public Optional<RouteLeg> route(GeoPoint from, GeoPoint to, TravelMode mode) {
        ModeGraph g = graph(mode);
        PointAccess a = g.snap(from).access();
        PointAccess b = g.snap(to).access();
        if (!a.connected() || !b.connected()) return Optional.empty();
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(Profiles.name(mode));
        request.putHint("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) return Optional.empty();
        ResponsePath path = response.getBest();
        PointList points = path.getPoints();
        List<Coordinate> line = new ArrayList<>(points.size() + 2);
        line.add(new Coordinate(from.lon(), from.lat()));
        for (int i = 0; i < points.size(); i++) line.add(new Coordinate(points.getLon(i), points.getLat(i)));
        line.add(new Coordinate(to.lon(), to.lat()));
        int seconds = a.accessSeconds() + b.accessSeconds() + (int) Math.round(path.getTime() / 1000.0);
        double metres = path.getDistance() + a.snapDistanceMetres() + b.snapDistanceMetres();
        return Optional.of(new RouteLeg(seconds, metres,
                Catchments.GEOMETRY.createLineString(line.toArray(Coordinate[]::new))));
    }

    /**
     * Fits the estimate on this network ({@link NetworkEstimateFit}: its populated OSM places, every mode), or reads the
     * fit recorded beside the cached graph; remembered, and reported by {@link #estimateModel()} from then on.
     * @throws PlanningException too few places connect to the roads to fit
     */
    public EstimateModel fitEstimate(ProgressListener progress) {
        EstimateModel m = fittedEstimate;
        if (m == null) {
            synchronized (this) {
                if (fittedEstimate == null) fittedEstimate = NetworkEstimateFit.cachedOrFit(this, progress);
                m = fittedEstimate;
            }
        }
        return m;
    }

    /** Fits the estimate on the given sample places (not recorded): for benchmarks and cross-checks. */
    public NetworkEstimateFit.Result fitEstimate(List<GeoPoint> places, long seed) {
        return NetworkEstimateFit.fit(this, places, seed, ProgressListener.NONE);
    }

    /** The estimate fitted on this network, once {@link #fitEstimate(ProgressListener)} ran (reported, not used for times). */
    @Override
    public Optional<EstimateModel> estimateModel() { return Optional.ofNullable(fittedEstimate); }

    ModeGraph graph(TravelMode mode) {
        ModeGraph g = graphs.get(mode);
        if (g == null) throw PlanningException.invalid("the road network was imported without the " + mode.label()
                + " profile; import it with --profile " + mode.label());
        return g;
    }

    @Override
    public void close() { hopper.close(); }
}
