package org.dostap.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.SoftwareVersion;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.routing.NetworkMetadata;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a result came from, the same record in every output (coverage {@code summary.json}, optimization
 * {@code result.json}, mobile {@code plan.json}, the API's answers and exports): software version and git commit, the
 * time of the run, the region's data and its version, every input file with its sha256, the population column, the
 * travel-time source with its model, mode and network (file, sha256, OSM data date), the road closures it respects, whether the facilities are
 * illustrative, and every parameter of the request. Fields that do not apply are left out.
 *
 * @param data            the region data's own provenance (sources, licences, the bundled data's version, facilities)
 * @param travelTimeModel the estimate's parameters, or the road network's description
 * @param parameters      the request's parameters as given (units in the names)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunProvenance(String softwareVersion, String gitCommit, String runAt, String region, String data,
                            String populationColumn, String travelTimeSource,
                            String travelTimeModel, String travelMode, String networkFile, String networkSha256,
                            String osmDataDate, List<Closure> closures, Boolean facilitiesIllustrative, List<InputFile> inputs,
                            Map<String, Object> parameters) {
    public RunProvenance {
        closures = closures == null || closures.isEmpty() ? null : List.copyOf(closures);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A road closure the travel times respect: its name, season, the road classes it closes (empty: all) and the road segments closed. */
    public record Closure(String name, String season, List<String> roadClasses, int roadSegments) {
        static List<Closure> of(RoadNetwork road) {
            List<Closure> out = new java.util.ArrayList<>();
            int[] segments = road.closedSegmentsPerClosure();
            for (int i = 0; i < road.closures().size(); i++) {
                var c = road.closures().get(i);
                out.add(new Closure(c.label("closure " + (i + 1)), c.season(), c.roadClasses(), i < segments.length ? segments[i] : 0));
            }
            return out;
        }
    }

    /** An input file: its role (e.g. {@code settlements}), path as given, size and sha256 of its content. */
    public record InputFile(String role, String file, long bytes, String sha256) {
        /** Reads {@code file} once to hash it; an unreadable file is a planning problem naming it. */
        public static InputFile of(String role, Path file) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
                byte[] buffer = new byte[1 << 16];
                long bytes = 0;
                for (int n; (n = in.read(buffer)) > 0; ) bytes += n;
                String hex = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
                return new InputFile(role, file.toString(), bytes, hex);
            } catch (IOException e) {
                throw PlanningException.invalid(file + ": cannot be read to record its checksum (" + e.getMessage() + ")");
            }
        }
    }

    /** The input files given by role (null paths, i.e. options not given, are left out), each read once for its checksum. */
    public static List<InputFile> files(Map<String, Path> byRole) {
        List<InputFile> out = new java.util.ArrayList<>();
        byRole.forEach((role, path) -> { if (path != null && Files.isRegularFile(path)) out.add(InputFile.of(role, path)); });
        return out;
    }

    /**
     * The provenance of a run on {@code region} with {@code travelTimes}; the time of the run is now (whole seconds).
     *
     * @param illustrative whether facilities of the result are illustrative; null when the result uses none
     */
    public static RunProvenance of(RegionData region, String populationColumn, TravelTimeProvider travelTimes, TravelMode mode,
                                   Boolean illustrative, List<InputFile> inputs, Map<String, Object> parameters) {
        SoftwareVersion v = SoftwareVersion.current();
        NetworkMetadata network = travelTimes instanceof RoadNetwork road ? road.metadata() : null;
        return new RunProvenance(v.label(), v.commit(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                region.code(), region.provenance(), populationColumn,
                travelTimes.source().label(), travelTimes.description(), mode == null ? null : mode.name().toLowerCase(java.util.Locale.ROOT),
                network == null ? null : network.osmFileName(), network == null ? null : network.osmFileSha256(),
                network == null || network.osmDataTimestamp().isEmpty() ? null : network.osmDataTimestamp(),
                travelTimes instanceof RoadNetwork road ? Closure.of(road) : null, illustrative, inputs, parameters);
    }

    /** The provenance of a run on files alone (a published instance): no region, no travel times. */
    public static RunProvenance ofFiles(List<InputFile> inputs, Map<String, Object> parameters) {
        SoftwareVersion v = SoftwareVersion.current();
        return new RunProvenance(v.label(), v.commit(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), null, null,
                null, null, null, null, null, null, null, null, null, inputs, parameters);
    }

    /** The provenance of a run on a region's data alone (a population projection): no travel times, no facilities. */
    public static RunProvenance ofData(RegionData region, Map<String, Object> parameters) {
        SoftwareVersion v = SoftwareVersion.current();
        return new RunProvenance(v.label(), v.commit(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), region.code(),
                region.provenance(), null, null, null, null, null, null, null, null, null, List.of(), parameters);
    }

    /** The same provenance with these input files instead. */
    public RunProvenance withInputs(List<InputFile> files) {
        return new RunProvenance(softwareVersion, gitCommit, runAt, region, data, populationColumn, travelTimeSource,
                travelTimeModel, travelMode, networkFile, networkSha256, osmDataDate, closures, facilitiesIllustrative, files, parameters);
    }

    /** A request's settings record as parameters, named as in every JSON output (snake_case). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parameters(Record settings) {
        return org.dostap.data.output.JsonOutput.mapper().convertValue(settings, LinkedHashMap.class);
    }

    /** The same provenance without the time of the run, for outputs promised byte for byte the same for the same input. */
    public RunProvenance withoutRunTime() {
        return new RunProvenance(softwareVersion, gitCommit, null, region, data, populationColumn,
                travelTimeSource, travelTimeModel, travelMode, networkFile, networkSha256, osmDataDate, closures,
                facilitiesIllustrative, inputs, parameters);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
