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
import org.dostap.engine.traveltime.RoadClosure;
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
    /** Roads closed in this view (empty for the network itself) and how many edges each closes. */
    private final List<RoadClosure> closures;
    private final ClosedEdges closedEdges;
    /** The network without closures (this instance, or the one a view was made from). */
    private final RoadNetwork openNetwork;
    /** Whether {@link #close} closes the graph: the network itself, or a view from {@link #openWithClosures}. */
    private final boolean ownsGraph;

    private RoadNetwork(GraphLoader.Loaded loaded, RoutingConfig config) {
        this.hopper = loaded.hopper();
        this.metadata = loaded.metadata();
        this.loadedFromCache = loaded.fromCache();
        this.config = config;
        this.closures = List.of();
        this.closedEdges = null;
        this.openNetwork = this;
        this.ownsGraph = true;
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

    /** A view of {@code open} with edges closed: shares the graph, never closes it. */
    private RoadNetwork(RoadNetwork open, List<RoadClosure> closures, ClosedEdges closedEdges, boolean ownsGraph) {
        this.hopper = open.hopper;
        this.metadata = open.metadata;
        this.loadedFromCache = open.loadedFromCache;
        this.config = open.config;
        this.closures = List.copyOf(closures);
        this.closedEdges = closedEdges;
        this.openNetwork = open;
        this.ownsGraph = ownsGraph;
        int baseEdges = hopper.getBaseGraph().getEdges();
        open.graphs.forEach((mode, g) -> graphs.put(mode, g.withWeighting(new ClosureWeighting(g.weighting, closedEdges, baseEdges))));
    }

    /**
     * Imports the OSM file (or loads the cached graph). Progress is reported in {@link GraphLoader#STEPS} steps.
     *
     * @throws PlanningException the file is not OpenStreetMap data, or the cache cannot be written
     */
    public static RoadNetwork open(RoutingConfig config, ProgressListener progress) {
        return new RoadNetwork(GraphLoader.open(config, progress), config);
    }

    /**
     * Opens the network with roads closed for its whole life (a command-line run with {@code --closures}); closing it
     * closes the graph. @throws PlanningException as {@link #open} and {@link #withClosures} (the graph is closed then)
     */
    public static RoadNetwork openWithClosures(RoutingConfig config, ProgressListener progress, List<RoadClosure> closures) {
        RoadNetwork open = open(config, progress);
        if (closures.isEmpty()) return open;
        try {
            RoadNetwork view = open.withClosures(closures);
            return new RoadNetwork(open, view.closures, view.closedEdges, true);
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
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
        String open = metadata.describe() + String.format(Locale.ROOT, "; access legs walked at %.1f km/h, snapped up to %.0f m",
                config.accessSpeedKmh(), config.maxSnapDistanceMetres());
        if (closures.isEmpty()) return open;
        StringBuilder sb = new StringBuilder(open).append("; roads closed: ");
        for (int i = 0; i < closures.size(); i++) {
            RoadClosure c = closures.get(i);
            if (i > 0) sb.append(", ");
            sb.append('\'').append(c.label("closure " + (i + 1))).append('\'');
            if (!c.season().isEmpty()) sb.append(" (").append(c.season()).append(')');
            if (!c.roadClasses().isEmpty()) sb.append(" [").append(String.join(", ", c.roadClasses())).append(" only]");
            sb.append(": ").append(closedEdges.perClosure()[i]).append(" road segments");
        }
        return sb.toString();
    }

    /** The closures of this view (empty for the open network). */
    public List<RoadClosure> closures() { return closures; }

    /** How many road segments (edges) each closure of this view closes, in order. */
    public int[] closedSegmentsPerClosure() { return closedEdges == null ? new int[0] : closedEdges.perClosure().clone(); }

    /**
     * This network with roads closed: a view sharing the graph (closing the view does nothing). Points snap only to
     * open roads; a settlement whose roads are all closed within the snap distance is not connected.
     *
     * @throws PlanningException INVALID_INPUT naming ({@code closures[i]}) every closure that closes no road: it lies
     *                           outside the network or crosses no road (of its classes)
     */
    @Override
    public RoadNetwork withClosures(List<RoadClosure> more) {
        if (more.isEmpty()) return this;
        List<RoadClosure> all = new ArrayList<>(closures);
        all.addAll(more);
        var roadClass = hopper.getEncodingManager().getEnumEncodedValue(com.graphhopper.routing.ev.RoadClass.KEY,
                com.graphhopper.routing.ev.RoadClass.class);
        ClosedEdges closed = ClosedEdges.find(hopper.getBaseGraph(), hopper.getLocationIndex(), roadClass, all);
        List<org.dostap.engine.common.Problem> problems = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (closed.perClosure()[i] > 0) continue;
            RoadClosure c = all.get(i);
            String what = c.name().isEmpty() ? "this closure" : "closure '" + c.name() + "'";
            String why = closed.nearby()[i] == 0 ? " lies outside the road network: no road near it"
                    : " closes no road: it " + (c.isArea() ? "contains" : "crosses") + " no road"
                    + (c.roadClasses().isEmpty() ? "" : " of class " + String.join(", ", c.roadClasses())) + " of the network";
            problems.add(org.dostap.engine.common.Problem.atField("closures[" + (i - closures.size()) + "].geometry", what + why));
        }
        if (!problems.isEmpty()) throw PlanningException.invalid(problems);
        return new RoadNetwork(openNetwork, all, closed, false);
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
        if (!closures.isEmpty()) return routeAround(g, from, to);
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(Profiles.name(mode));
        request.putHint("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) return Optional.empty();
        ResponsePath path = response.getBest();
        return Optional.of(leg(from, to, a, b, path.getPoints(), path.getTime(), path.getDistance()));
    }

    /** A route on the graph with this view's closures (GraphHopper's own router knows nothing of them). */
    private Optional<RouteLeg> routeAround(ModeGraph g, GeoPoint from, GeoPoint to) {
        ModeGraph.Snapped a = g.snap(from), b = g.snap(to);
        var qg = com.graphhopper.routing.querygraph.QueryGraph.create(g.graph, List.of(a.snap(), b.snap()));
        var search = new com.graphhopper.routing.DijkstraBidirectionRef(qg, qg.wrapWeighting(g.weighting),
                com.graphhopper.routing.util.TraversalMode.NODE_BASED);
        var path = search.calcPath(a.snap().getClosestNode(), b.snap().getClosestNode());
        if (!path.isFound()) return Optional.empty();
        return Optional.of(leg(from, to, a.access(), b.access(), path.calcPoints(), path.getTime(), path.getDistance()));
    }

    private static RouteLeg leg(GeoPoint from, GeoPoint to, PointAccess a, PointAccess b, PointList points,
                                long millis, double metres) {
        List<Coordinate> line = new ArrayList<>(points.size() + 2);
        line.add(new Coordinate(from.lon(), from.lat()));
        for (int i = 0; i < points.size(); i++) line.add(new Coordinate(points.getLon(i), points.getLat(i)));
        line.add(new Coordinate(to.lon(), to.lat()));
        int seconds = a.accessSeconds() + b.accessSeconds() + (int) Math.round(millis / 1000.0);
        return new RouteLeg(seconds, metres + a.snapDistanceMetres() + b.snapDistanceMetres(),
                Catchments.GEOMETRY.createLineString(line.toArray(Coordinate[]::new)));
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
    public void close() {
        if (ownsGraph) hopper.close(); // a view from withClosures shares the graph of the open network
    }
}
