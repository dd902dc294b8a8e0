package org.dostap.data.input;

import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 11: a user's settlements file of a hundred thousand rows (generated here, not committed) without a region
 * extent: the coordinate sanity rules compared every point with every other (10^10 distance computations: minutes), and
 * the reader held the whole text and a map per row. Now the rows stream into compact arrays and "far" is judged on a
 * grid: well within a minute, and a swapped point among them is still found (row and column named).
 */
class LargeSettlementFileTest {
    private static final int ROWS = 100_000;

    private static Path write(Path dir, int swappedRow) throws Exception {
        Path file = dir.resolve("settlements-100k.csv");
        Random random = new Random(11);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,municipality,lon,lat,population\n");
            for (int i = 1; i <= ROWS; i++) {
                double lon = 22.4 + random.nextDouble() * 6.2, lat = 41.3 + random.nextDouble() * 2.9;
                if (i == swappedRow) { double t = lon; lon = lat; lat = t; }
                w.write(String.format(Locale.ROOT, "%06d,Село %d,M%03d,%.5f,%.5f,%d\n", i, i, random.nextInt(265), lon, lat, random.nextInt(3000)));
            }
        }
        return file;
    }

    @Test
    void aHundredThousandRowsWithoutAnExtentAreReadInSeconds(@TempDir Path dir) throws Exception {
        Path file = write(dir, -1);
        var input = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new SettlementFileReader(null).readInput(file));
        assertThat(input.settlements()).hasSize(ROWS);
        assertThat(input.settlements().get(41).id()).isEqualTo("000042");
        assertThat(input.settlements().get(41).municipality()).matches("M\\d{3}");
        // equal municipality texts are shared, not a string per row
        assertThat(input.settlements().stream().map(s -> s.municipality()).filter(m -> m.equals("M007"))
                .map(System::identityHashCode).distinct().count()).isEqualTo(1);
    }

    @Test
    void aSwappedPointAmongAHundredThousandIsStillFound(@TempDir Path dir) throws Exception {
        Path file = write(dir, 77_777);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> new SettlementFileReader(null).readInput(file))
                        .isInstanceOfSatisfying(PlanningException.class, e -> {
                            assertThat(e.problems()).hasSize(1);
                            assertThat(e.problems().get(0).row()).isEqualTo(77_777);
                            assertThat(e.problems().get(0).column()).isEqualTo("lon,lat");
                            assertThat(e.problems().get(0).message()).startsWith("lon and lat look swapped");
                        }));
    }
}
