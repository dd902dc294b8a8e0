package org.dostap.engine.routing;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.EstimateFitter;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.EstimateModels;
import org.dostap.engine.traveltime.ModeEstimate;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.RouteLeg;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TripSample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Measures, on a road network, how road time relates to great-circle distance between its settlements, and fits
 * the estimate ({@link EstimateFitter}) to it. The settlements are the network's populated OSM places
 * ({@link OsmPlaces}) that snap to the mode's roads. Up to {@link #ALL_PAIRS_PLACES} places: every ordered pair;
 * more: {@link #DESTINATIONS} destinations and {@link #ORIGINS} origins drawn with the seed. Road times are the
 * product's own (one reverse shortest-path tree per destination, access legs included, searched up to
 * {@link #SEARCH_LIMIT_SECONDS}); road distances come from point-to-point routes of up to {@link #ROUTED_PER_BAND}
 * pairs per distance band. Deterministic for a given network and seed.
 */
public final class NetworkEstimateFit {
    public static final int ALL_PAIRS_PLACES = 150;
    public static final int DESTINATIONS = 60;
    public static final int ORIGINS = 400;
    public static final int ROUTED_PER_BAND = 60;
    public static final int SEARCH_LIMIT_SECONDS = 3 * 60 * 60;
    public static final long SEED = 42;
    /** Written beside the cached graph so that a later load reports the fit without measuring again. */
    static final String CACHE_FILE = "dostap-estimate-fit.json";
    static final String METHOD = "settlements = populated OSM places (city, town, village, hamlet, isolated_dwelling, farm,"
            + " suburb, quarter, neighbourhood) snapped to the mode's roads; every ordered pair up to " + ALL_PAIRS_PLACES
            + " places, else " + DESTINATIONS + " destinations x " + ORIGINS + " origins (seed " + SEED + "); road time ="
            + " the product's road travel time; road distance routed for up to " + ROUTED_PER_BAND + " pairs per band;"
            + " pairs under " + (int) EstimateFitter.MIN_CROW_METRES + " m left out; bands 0-1-2-5-10-20-50-100-200 km"
            + " (fewer than " + EstimateFitter.MIN_PAIRS_PER_BAND + " pairs join the shorter band); per band medians of"
            + " road seconds per great-circle metre and of road / great-circle distance; spread = p10 and p90 of road"
            + " time / estimate";

    /** The fitted model and the measured trips (for reports and cross-checks). */
    public record Result(EstimateModel model, List<TripSample> trips) { }

    private NetworkEstimateFit() { }

    /** Fits on the network's own places (read from its OSM file). */
    static Result fit(RoadNetwork network, ProgressListener progress) {
        List<GeoPoint> places = OsmPlaces.read(network.config().osmFile()).stream().map(OsmPlaces.Place::location).toList();
        return fit(network, places, SEED, progress);
    }

    static Result fit(RoadNetwork network, List<GeoPoint> places, long seed, ProgressListener progress) {
        NetworkMetadata m = network.metadata();
        List<TripSample> trips = new ArrayList<>();
        List<ModeEstimate> modes = new ArrayList<>();
        List<EstimateModel.ModePairs> pairs = new ArrayList<>();
        int connectedPlaces = 0;
        List<TravelMode> order = network.modes().stream().sorted().toList();
        for (int k = 0; k < order.size(); k++) {
            TravelMode mode = order.get(k);
            List<GeoPoint> connected = places.stream().filter(p -> network.snap(p, mode).connected()).toList();
            if (k == 0) connectedPlaces = connected.size();
            int done = k;
            List<TripSample> modeTrips = measure(network, mode, connected, seed,
                    (d, total) -> progress.progress(done * 1000L + d * 1000L / Math.max(1, total), order.size() * 1000L));
            List<TripSample> usable = modeTrips.stream().filter(t -> t.crowMetres() >= EstimateFitter.MIN_CROW_METRES).toList();
            if (usable.size() < EstimateFitter.MIN_PAIRS_PER_BAND)
                throw PlanningException.invalid("cannot fit the estimate on " + m.osmFileName() + " for " + mode.label()
                        + ": only " + connected.size() + " of its " + places.size() + " populated places connect to the "
                        + mode.label() + " roads, giving " + usable.size() + " usable pairs");
            modes.add(EstimateFitter.fit(mode, modeTrips));
            pairs.add(new EstimateModel.ModePairs(mode, usable.size(),
                    usable.stream().mapToDouble(TripSample::crowMetres).min().orElse(0),
                    usable.stream().mapToDouble(TripSample::crowMetres).max().orElse(0)));
            trips.addAll(modeTrips);
        }
        EstimateModel.FittedNetwork fitted = new EstimateModel.FittedNetwork(m.osmFileName(), m.osmFileSha256(),
                m.osmDataTimestamp(), connectedPlaces, pairs);
        EstimateModel model = new EstimateModel(modes, new EstimateModel.Fit("road network " + m.osmFileName(),
                LocalDate.now(ZoneOffset.UTC).toString(), METHOD, List.of(fitted)));
        return new Result(model, List.copyOf(trips));
    }

    /**
     * One model fitted on the trips of several networks together (e.g. the shipped defaults), with every network in
     * its provenance. Modes measured on none of them are left out.
     */
    public static EstimateModel pooled(List<Result> fits, String source) {
        List<TripSample> all = fits.stream().flatMap(f -> f.trips().stream()).toList();
        List<ModeEstimate> modes = new ArrayList<>();
        for (TravelMode mode : TravelMode.values())
            if (all.stream().anyMatch(t -> t.mode() == mode)) modes.add(EstimateFitter.fit(mode, all));
        List<EstimateModel.FittedNetwork> networks = fits.stream().flatMap(f -> f.model().fit().networks().stream()).toList();
        String date = fits.stream().map(f -> f.model().fit().fittedOn()).max(String::compareTo).orElse("");
        return new EstimateModel(modes, new EstimateModel.Fit(source, date, METHOD + "; trips of all networks pooled", networks));
    }

    /** The fit recorded beside the cached graph, or a new fit (then recorded there when the folder is writable). */
    static EstimateModel cachedOrFit(RoadNetwork network, ProgressListener progress) {
        Path file = network.config().cacheDir().resolve(network.metadata().cacheKey()).resolve(CACHE_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return EstimateModels.read(in);
            } catch (IOException | RuntimeException unreadable) {
                // measure again below
            }
        }
        EstimateModel model = fit(network, progress).model();
        try {
            Path tmp = Files.createTempFile(file.getParent(), CACHE_FILE, ".tmp");
            Files.writeString(tmp, EstimateModels.toJson("estimate fitted on this road network", model), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException readOnly) {
            // a read-only cache: the fit is measured again next time
        }
        return model;
    }

    private static List<TripSample> measure(RoadNetwork network, TravelMode mode, List<GeoPoint> places, long seed,
                                            ProgressListener progress) {
        List<Integer> idx = new ArrayList<>(IntStream.range(0, places.size()).boxed().toList());
        List<Integer> origins = idx, destinations = idx;
        if (places.size() > ALL_PAIRS_PLACES) {
            List<Integer> shuffled = new ArrayList<>(idx);
            Collections.shuffle(shuffled, new Random(seed));
            destinations = shuffled.subList(0, DESTINATIONS);
            List<Integer> again = new ArrayList<>(idx);
            Collections.shuffle(again, new Random(seed + 1));
            origins = again.subList(0, Math.min(ORIGINS, again.size()));
        }
        List<GeoPoint> originPoints = origins.stream().map(places::get).toList();
        OriginSet set = network.prepareOrigins(originPoints, mode);
        int[][] columns = new int[destinations.size()][];
        AtomicLong done = new AtomicLong();
        List<Integer> dest = destinations;
        IntStream.range(0, dest.size()).parallel().forEach(d -> {
            columns[d] = network.travelTimesSecondsTo(set, places.get(dest.get(d)), mode, SEARCH_LIMIT_SECONDS);
            progress.progress(done.incrementAndGet(), dest.size() + 1L);
        });
        List<int[]> pairIndex = new ArrayList<>();
        List<TripSample> trips = new ArrayList<>();
        for (int d = 0; d < dest.size(); d++) {
            for (int o = 0; o < origins.size(); o++) {
                if (origins.get(o).equals(dest.get(d)) || columns[d][o] == TravelTimeMatrix.UNREACHABLE) continue;
                GeoPoint from = originPoints.get(o), to = places.get(dest.get(d));
                trips.add(new TripSample(mode, from.distanceMetresTo(to), columns[d][o], Double.NaN));
                pairIndex.add(new int[]{origins.get(o), dest.get(d)});
            }
        }
        // road distances for a few pairs of every band (the detour factor)
        Random random = new Random(seed + 2);
        double[] edges = EstimateFitter.BAND_EDGES_METRES;
        for (int e = 0; e + 1 < edges.length; e++) {
            List<Integer> inBand = new ArrayList<>();
            for (int i = 0; i < trips.size(); i++)
                if (trips.get(i).crowMetres() >= Math.max(edges[e], EstimateFitter.MIN_CROW_METRES) && trips.get(i).crowMetres() < edges[e + 1])
                    inBand.add(i);
            Collections.shuffle(inBand, random);
            for (int i : inBand.subList(0, Math.min(ROUTED_PER_BAND, inBand.size()))) {
                int[] p = pairIndex.get(i);
                Optional<RouteLeg> leg = network.route(places.get(p[0]), places.get(p[1]), mode);
                if (leg.isPresent()) {
                    TripSample t = trips.get(i);
                    trips.set(i, new TripSample(mode, t.crowMetres(), t.roadSeconds(), leg.get().distanceMetres()));
                }
            }
        }
        progress.progress(dest.size() + 1L, dest.size() + 1L);
        return trips;
    }
}
