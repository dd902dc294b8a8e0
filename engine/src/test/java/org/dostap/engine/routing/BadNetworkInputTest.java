package org.dostap.engine.routing;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.traveltime.TravelMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad files and bad settings: one PlanningException listing every problem, and nothing left in the cache. */
class BadNetworkInputTest {
    Path cacheDir;

    @BeforeEach
    void fresh() {
        cacheDir = RoutingTestSupport.freshGraphDir(BadNetworkInputTest.class);
    }

    @AfterEach
    void wipe() {
        GraphCache.deleteRecursively(cacheDir);
    }

    private void assertCacheEmpty() throws IOException {
        if (!Files.exists(cacheDir)) return;
        try (Stream<Path> entries = Files.list(cacheDir)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void everyInvalidSettingIsReportedAtOnce() {
        PlanningException e = catchThrowableOfType(PlanningException.class, () ->
                new RoutingConfig(Path.of("missing-extract.osm.pbf"), null, -4.5, 0, Set.of(), -1));
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).hasSize(6);
        // the engine names settings in domain words; the command line prints them as its flags (--cache-dir, ...)
        assertThat(e.getMessage()).contains("missing-extract.osm.pbf: file not found", "cache_dir: ",
                "access_speed_kmh: walking speed of the access leg must be above 0", "got -4.5",
                "snap_max_m: ", "profile: ", "min_network_size: ");
    }

    @Test
    void unsupportedFileNameIsNamed() {
        assertThatThrownBy(() -> RoutingConfig.defaults(RoutingTestSupport.osm("tiny/tiny-network.osm").resolveSibling("x.osm.bz2"), cacheDir))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("not an OpenStreetMap file name").hasMessageContaining("bunzip2")
                .hasMessageContaining("file not found");
    }

    @Test
    void plainTextIsNotOsm() throws IOException {
        Path file = RoutingTestSupport.osm("not-osm-plain-text.osm");
        assertThatThrownBy(() -> RoadNetwork.open(RoutingConfig.defaults(file, cacheDir), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("not-osm-plain-text.osm: not OpenStreetMap XML");
        assertCacheEmpty();
    }

    @Test
    void zipBytesNamedPbfAreNotOsm() throws IOException {
        Path file = RoutingTestSupport.osm("not-osm-zip-bytes.osm.pbf");
        assertThatThrownBy(() -> RoadNetwork.open(RoutingConfig.defaults(file, cacheDir), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("not-osm-zip-bytes.osm.pbf: not an OpenStreetMap PBF file");
        assertCacheEmpty();
    }

    @Test
    void osmWithoutRoadsIsRejectedAndNothingIsCached() throws IOException {
        Path file = RoutingTestSupport.osm("no-roads.osm");
        assertThatThrownBy(() -> RoadNetwork.open(RoutingConfig.defaults(file, cacheDir)
                .withModes(Set.of(TravelMode.CAR)).withMinNetworkSize(0), ProgressListener.NONE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("no-roads.osm: contains no roads usable by the profiles [car]");
        assertCacheEmpty();
    }

    @Test
    void leftoversOfInterruptedImportsAreRemovedOnceStale() throws IOException {
        Path stale = Files.createDirectories(cacheDir.resolve("0123456789abcdef01234567.importing-1"));
        Files.writeString(stale.resolve("nodes"), "half written");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        Path running = Files.createDirectories(cacheDir.resolve("0123456789abcdef01234567.importing-2"));
        try (RoadNetwork n = RoadNetwork.open(RoutingConfig.defaults(RoutingTestSupport.osm("tiny/tiny-network.osm"), cacheDir)
                .withModes(Set.of(TravelMode.CAR)).withMinNetworkSize(0), ProgressListener.NONE)) {
            assertThat(n.loadedFromCache()).isFalse();
        }
        assertThat(stale).doesNotExist();
        assertThat(running).exists(); // may belong to an import still running in another process
    }

    @Test
    void missingFileIsReportedBeforeAnyWork() throws IOException {
        assertThatThrownBy(() -> RoutingConfig.defaults(cacheDir.resolve("nowhere.osm.pbf"), cacheDir))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("nowhere.osm.pbf: file not found");
        assertCacheEmpty();
    }
}
