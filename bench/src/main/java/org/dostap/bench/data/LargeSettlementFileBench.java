package org.dostap.bench.data;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.input.SettlementFileReader;
import org.locationtech.jts.geom.Envelope;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A user's settlements file of {@code rows} valid rows (default 1,000,000; generated in a temporary folder and deleted
 * afterwards, never committed): Bulgarian-looking rows {@code id,name,name_en,municipality,province,kind,lon,lat,
 * population,pop_2011} spread over Bulgaria's extent. Read with {@link SettlementFileReader} without an extent (the
 * coordinate sanity rules over all points, as {@code --settlements FILE} does) or with {@code extent=true} (Bulgaria's
 * box, as {@code --region} does). Reported: file size, read time, peak heap and the heap the result keeps. Run it at
 * the heap to be documented: it fails with OutOfMemoryError when that is too small.
 * <p>Args: {@code rows=1000000 extent=false seed=42 out=bench/results}.
 */
public final class LargeSettlementFileBench {
    private LargeSettlementFileBench() {}

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        int rows = args.integer("rows", 1000000);
        boolean extent = args.flag("extent", false);
        BenchReport report = new BenchReport("large-settlement-file", args);
        Path dir = Files.createTempDirectory("dostap-large-file");
        try {
            Path file = dir.resolve("settlements.csv");
            write(file, rows, new Random(args.longInteger("seed", 42L)));
            report.put("rows", rows).put("file_mb", Files.size(file) / (1024 * 1024)).put("extent", extent);
            System.gc();
            BenchReport.resetPeakHeap();
            long t0 = System.nanoTime();
            SettlementFileReader reader = new SettlementFileReader(extent ? new Envelope(22.3, 28.7, 41.2, 44.3) : null);
            SettlementFileReader.SettlementInput input = reader.readInput(file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = BenchReport.peakHeapMb();
            System.gc();
            long kept = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            report.put("settlements_read", input.settlements().size()).put("population_columns", input.populationColumns())
                    .put("read_ms", ms).put("peak_heap_mb_while_reading", peak).put("heap_mb_kept_by_the_result", kept)
                    .put("load_average_1min", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        report.write(Path.of(args.text("out", "bench/results")));
    }

    private static final String[] MUNICIPALITIES = new String[265];
    static {
        for (int i = 0; i < MUNICIPALITIES.length; i++) MUNICIPALITIES[i] = String.format(Locale.ROOT, "M%03d", i);
    }

    private static void write(Path file, int rows, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,name,name_en,municipality,province,kind,lon,lat,population,pop_2011\n");
            for (int i = 0; i < rows; i++) {
                int m = random.nextInt(MUNICIPALITIES.length);
                int pop = random.nextInt(5000);
                w.write(String.format(Locale.ROOT, "%07d,Село %d,Selo %d,%s,P%02d,village,%.5f,%.5f,%d,%d\n", i, i, i,
                        MUNICIPALITIES[m], m / 10, 22.4 + random.nextDouble() * 6.2, 41.3 + random.nextDouble() * 2.9, pop,
                        pop + random.nextInt(200)));
            }
        }
    }
}
