package org.dostap.engine.traveltime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The estimate's parameters for every travel mode and where they were fitted. The shipped defaults
 * ({@link EstimateModels#bundled()}) were fitted on the OpenStreetMap test extracts the project carries; a loaded road
 * network is fitted again ({@code RoadNetwork.fitEstimate}) and reported. Immutable.
 */
public record EstimateModel(List<ModeEstimate> modes, Fit fit) {
    public EstimateModel {
        modes = List.copyOf(modes);
        Objects.requireNonNull(fit, "fit");
        if (modes.stream().map(ModeEstimate::mode).distinct().count() != modes.size())
            throw new IllegalArgumentException("one estimate per travel mode");
    }

    /**
     * Where and how the parameters were measured.
     *
     * @param source   e.g. {@code bundled defaults} or {@code road network bulgaria-latest.osm.pbf}
     * @param fittedOn date of the fit (ISO), or empty for hand-set parameters
     * @param method   how the pairs were drawn and the parameters computed
     * @param networks the road networks measured, empty for hand-set parameters
     */
    public record Fit(String source, String fittedOn, String method, List<FittedNetwork> networks) {
        public Fit {
            Objects.requireNonNull(source, "source");
            fittedOn = fittedOn == null ? "" : fittedOn;
            method = method == null ? "" : method;
            networks = List.copyOf(networks);
        }
    }

    /**
     * One measured network: OSM file, its sha256 and data date, the populated places that snapped to it (the sample
     * settlements), and the routed pairs per mode with their great-circle distance range.
     */
    public record FittedNetwork(String osmFile, String osmFileSha256, String osmDataDate, int places,
                                List<ModePairs> pairs) {
        public FittedNetwork {
            Objects.requireNonNull(osmFile, "osmFile");
            osmFileSha256 = osmFileSha256 == null ? "" : osmFileSha256;
            osmDataDate = osmDataDate == null ? "" : osmDataDate;
            pairs = List.copyOf(pairs);
        }
    }

    /** Routed pairs of one mode on one network and the range of their great-circle distances. */
    public record ModePairs(TravelMode mode, int pairs, double minCrowMetres, double maxCrowMetres) { }

    /** Plain distance x detour / speed per mode, no error band (hand-set; tests and explicit choices). */
    public static EstimateModel uniform(double detourFactor, double carSpeedKmh, double footSpeedKmh) {
        return new EstimateModel(List.of(ModeEstimate.uniform(TravelMode.CAR, detourFactor, carSpeedKmh),
                ModeEstimate.uniform(TravelMode.FOOT, detourFactor, footSpeedKmh)),
                new Fit("hand-set", "", "uniform: great-circle distance x detour factor / speed, no error band", List.of()));
    }

    public Optional<ModeEstimate> find(TravelMode mode) {
        return modes.stream().filter(m -> m.mode() == mode).findFirst();
    }

    /** @throws IllegalArgumentException when the model has no estimate for {@code mode} */
    public ModeEstimate get(TravelMode mode) {
        return find(mode).orElseThrow(() -> new IllegalArgumentException("no estimate for travel mode " + mode.label()));
    }
}
