package org.dostap.web.http.network;

import org.dostap.engine.routing.CachedNetworks;
import org.dostap.engine.routing.NetworkMetadata;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.http.coverage.EstimateModelJson;
import org.dostap.web.http.error.ErrorJson;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/network}: the travel times in use ({@code origin}: estimate, osm_option, cached_at_start, loaded), the
 * road network in use with the estimate fitted on it ({@code estimate_fit}, reported, not used for its times), the
 * networks of the graph cache ({@code available}: its OpenStreetMap file is still there, so it can be chosen) and the
 * last load. File names only: the server's folders are not shown.
 */
public record NetworkJson(String travelTimeSource, String travelTimeDescription, String origin, NetworkInfoJson network,
                          EstimateModelJson estimateFit, boolean loadingOffered, List<NetworkInfoJson> cached, JobJson job) {

    /** A road network: {@code current} when it is the one in use; {@code available} when it can be chosen. */
    public record NetworkInfoJson(String cacheKey, String osmFile, String osmDataDate, long osmFileBytes, String osmFileSha256,
                                  List<String> profiles, int nodes, int edges, String importedAt, boolean available, boolean current) {
        static NetworkInfoJson of(NetworkMetadata m, boolean available, boolean current) {
            return new NetworkInfoJson(m.cacheKey(), m.osmFileName(), m.osmDataTimestamp().isEmpty() ? null : m.osmDataTimestamp(),
                    m.osmFileBytes(), m.osmFileSha256(), m.profiles(), m.nodes(), m.edges(), m.importedAt().toString(), available, current);
        }
    }

    /**
     * A load: {@code status} running, done or failed; {@code phase} download, import, fit, prepare or done; {@code done} of
     * {@code total} in the phase (bytes while downloading) and {@code percent} when the total is known.
     */
    public record JobJson(String id, String status, String phase, long done, long total, Double percent, String source,
                          String network, String note, ErrorJson error, String startedAt, String finishedAt) {
        static JobJson of(RoadNetworks.Job j) {
            Double percent = j.total() > 0 ? Math.round(1000.0 * j.done() / j.total()) / 10.0 : null;
            return new JobJson(j.id(), j.status(), j.phase(), j.done(), j.total(), percent, j.source(), j.network(), j.note(),
                    j.error() == null ? null : ErrorJson.of(j.error()), j.startedAt().toString(),
                    j.finishedAt() == null ? null : j.finishedAt().toString());
        }
    }

    static NetworkJson of(RoadNetworks networks, org.dostap.engine.traveltime.TravelTimeProvider travelTimes) {
        Optional<RoadNetwork> road = travelTimes instanceof RoadNetwork r ? Optional.of(r) : Optional.empty();
        String currentKey = road.map(r -> r.metadata().cacheKey()).orElse(null);
        List<NetworkInfoJson> cached = networks.cached().stream().map((CachedNetworks.Entry e) ->
                NetworkInfoJson.of(e.metadata(), e.available(), e.cacheKey().equals(currentKey))).toList();
        return new NetworkJson(travelTimes.source().label(), travelTimes.description(), networks.origin().label(),
                road.map(r -> NetworkInfoJson.of(r.metadata(), true, true)).orElse(null),
                road.flatMap(RoadNetwork::estimateModel).map(m -> EstimateModelJson.of(m, "road")).orElse(null),
                networks.loadingOffered(), cached, networks.job().map(JobJson::of).orElse(null));
    }
}
