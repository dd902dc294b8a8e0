package org.dostap.bench.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.routing.NetworkEstimateFit;
import org.dostap.engine.routing.OsmPlaces;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.routing.RoutingConfig;
import org.dostap.engine.traveltime.EstimateFitter;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.EstimateModels;
import org.dostap.engine.traveltime.ModeEstimate;
import org.dostap.engine.traveltime.TripSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-fits the shipped estimate ({@code engine/src/main/resources/org/dostap/engine/traveltime/estimate-model.json}) and
 * prints it as JSON: per OSM file its populated places, the fit on it alone and how often the error band holds the
 * road time (in-sample, and on every other file: all pairs, and the pairs within the distance range the fit saw);
 * then the pooled fit of all files (the shipped defaults). Arguments (key=value):
 * {@code osm=FILE[,FILE...]} (default: the Andorra and Mostar test extracts), {@code seed=42},
 * {@code cache=target/bench-estimate-cache}, {@code out=bench/results}, {@code write-resource=PATH} (also write the
 * pooled model there: the shipped file).
 */
public final class EstimateFitBench {
    private EstimateFitBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        List<Path> files = Arrays.stream(a.text("osm",
                "engine/src/test/resources/osm/andorra.osm.pbf,engine/src/test/resources/osm/mostar.osm.gz").split(","))
                .map(Path::of).toList();
        long seed = a.longInteger("seed", NetworkEstimateFit.SEED);
        Path cache = Path.of(a.text("cache", "target/bench-estimate-cache"));
        BenchReport report = new BenchReport("estimate-fit", a);
        ObjectMapper json = new ObjectMapper();

        List<NetworkEstimateFit.Result> fits = new ArrayList<>();
        List<Map<String, Object>> networks = new ArrayList<>();
        for (Path file : files) {
            List<GeoPoint> places = OsmPlaces.read(file).stream().map(OsmPlaces.Place::location).toList();
            try (RoadNetwork network = RoadNetwork.open(RoutingConfig.defaults(file, cache), ProgressListener.NONE)) {
                long t0 = System.nanoTime();
                NetworkEstimateFit.Result fit = network.fitEstimate(places, seed);
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("osm_file", file.getFileName().toString());
                n.put("populated_places", places.size());
                n.put("fit_seconds", (System.nanoTime() - t0) / 1e9);
                n.put("model", json.readTree(EstimateModels.toJson("fit on " + file.getFileName(), fit.model())));
                networks.add(n);
                fits.add(fit);
            }
        }
        for (int i = 0; i < fits.size(); i++) {
            Map<String, Object> hits = new LinkedHashMap<>();
            for (int j = 0; j < fits.size(); j++) hits.put(files.get(j).getFileName().toString(), hitRates(fits.get(i), fits.get(j)));
            networks.get(i).put("band_holds_road_time_on", hits);
        }
        report.put("networks", networks);
        EstimateModel pooled = NetworkEstimateFit.pooled(fits, "bundled defaults");
        Map<String, Object> pooledHits = new LinkedHashMap<>();
        for (int j = 0; j < fits.size(); j++)
            pooledHits.put(files.get(j).getFileName().toString(), hitRates(new NetworkEstimateFit.Result(pooled, List.of()), fits.get(j)));
        String about = "Dostap's estimated travel times (no road network loaded): fitted by org.dostap.bench.routing.EstimateFitBench"
                + " (seed " + seed + ") on the OpenStreetMap test extracts in engine/src/test/resources/osm (ODbL,"
                + " (c) OpenStreetMap contributors). Distances in metres, speeds in km/h; see docs/estimate.md.";
        report.put("pooled_model", json.readTree(EstimateModels.toJson(about, pooled)));
        report.put("pooled_band_holds_road_time_on", pooledHits);
        if (a.has("write-resource")) {
            Files.writeString(Path.of(a.text("write-resource")), EstimateModels.toJson(about, pooled) + "\n");
            System.err.println("wrote " + a.text("write-resource"));
        }
        report.write(Path.of(a.text("out", "bench/results")));
    }

    /** Per mode: share of the other network's trips whose road time the band holds; all pairs and within the fitted range. */
    private static Map<String, Object> hitRates(NetworkEstimateFit.Result fitted, NetworkEstimateFit.Result checked) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ModeEstimate m : fitted.model().modes()) {
            List<TripSample> trips = checked.trips().stream().filter(t -> t.mode() == m.mode()).toList();
            double maxFitted = fitted.model().fit().networks().stream().flatMap(n -> n.pairs().stream())
                    .filter(p -> p.mode() == m.mode()).mapToDouble(EstimateModel.ModePairs::maxCrowMetres).max().orElse(0);
            List<TripSample> inRange = trips.stream().filter(t -> t.crowMetres() <= maxFitted).toList();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("pairs", trips.stream().filter(t -> t.crowMetres() >= EstimateFitter.MIN_CROW_METRES).count());
            r.put("hit_rate", round(EstimateFitter.hitRate(m, trips)));
            r.put("pairs_within_fitted_range", inRange.stream().filter(t -> t.crowMetres() >= EstimateFitter.MIN_CROW_METRES).count());
            r.put("hit_rate_within_fitted_range", round(EstimateFitter.hitRate(m, inRange)));
            out.put(m.mode().label(), r);
        }
        return out;
    }

    private static Double round(double v) { return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0; }

}
