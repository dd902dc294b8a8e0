package org.dostap.web.cli;

import org.dostap.web.support.ChildJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the command line leaves nothing half-written. Real processes (a child JVM) and a real SIGINT.
 */
class CliInterruptTest {
    private static List<Path> staging(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void ctrlCDuringCoverageRemovesTheStagingFolderAndExits130(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("keep");
        try (ChildJvm cli = ChildJvm.start(true, "1g", Map.of(), "coverage", "--region", "BG", "--service", "community-support",
                "--threshold-min", "30", "--out", out.toString())) {
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (staging(dir).isEmpty() && cli.process().isAlive() && System.nanoTime() < end) Thread.sleep(5);
            Assumptions.assumeTrue(cli.process().isAlive() && !staging(dir).isEmpty(), "the run ended before it could be interrupted");
            cli.interrupt();
            int code = cli.waitFor(Duration.ofSeconds(30));
            Assumptions.assumeTrue(code != 0, "the run committed before the signal arrived");
            assertThat(code).as(cli.stderr()).isEqualTo(130);
            assertThat(staging(dir)).as("hidden staging folders left behind").isEmpty();
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void ctrlCDuringOptimizeStopsTheSolverWritesNothingAndExits130(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("opt");
        try (ChildJvm cli = ChildJvm.start(true, "1g", Map.of(), "optimize", "--region", "BG", "--service", "crisis", "--problem", "lscp",
                "--threshold-min", "45", "--candidates", "settlements", "--time-limit-s", "120", "--out", out.toString())) {
            Thread.sleep(6_000);
            Assumptions.assumeTrue(cli.process().isAlive(), "the run ended before it could be interrupted");
            long t0 = System.nanoTime();
            cli.interrupt();
            int code = cli.waitFor(Duration.ofSeconds(30));
            assertThat(code).as(cli.stderr()).isEqualTo(130);
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the process ended").isLessThan(10);
            assertThat(out).doesNotExist();
            assertThat(staging(dir)).isEmpty();
        }
    }

    @Test
    void anUnwritableOutIsRefusedBeforeAnyWorkWithTheReason(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        for (List<String> args : List.of(
                List.of("optimize", "--region", "SML", "--service", "crisis", "--problem", "mclp", "--sites", "1", "--threshold-min", "30"),
                List.of("coverage", "--region", "SML", "--service", "crisis"))) {
            for (Path out : List.of(Path.of("/proc/dostap-test/out"), blocker.resolve("out"))) {
                CliRun r = CliRun.run(Stream.concat(args.stream(), Stream.of("--out", out.toString())).toArray(String[]::new));
                assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
                assertThat(r.err()).contains("option --out").contains(out.toString()).doesNotContain(".tmp-").doesNotContain("Exception");
            }
        }
        assertThat(staging(dir)).isEmpty();
    }

    @Test
    void outOfMemoryIsOneLineWithTheXmxAdviceAndExit3() throws Exception {
        try (ChildJvm cli = ChildJvm.start("24m", Map.of("DOSTAP_DEBUG", "0"), "coverage", "--region", "BG", "--service", "crisis",
                "--out", Files.createTempDirectory("dostap-oom").resolve("out").toString())) {
            int code = cli.waitFor(Duration.ofSeconds(120));
            assertThat(code).as(cli.stderr()).isEqualTo(3);
            List<String> lines = cli.stderr().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(cli.stderr()).hasSize(1);
            assertThat(lines.get(0)).startsWith("error: out of memory").contains("-Xmx");
        }
    }

    @Test
    void aFileWithMillionsOfProblemsListsTheFirst100AndTheTotal(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("id,name,lon,lat,population\n");
        for (int i = 0; i < 5_000; i++) csv.append("S").append(i).append(",x,not-a-number,41.5,-3\n");
        Path settlements = Files.writeString(dir.resolve("settlements.csv"), csv, StandardCharsets.UTF_8);
        Path facilities = Files.writeString(dir.resolve("facilities.csv"), "id,name,service,lon,lat\nF1,f,crisis,24.7,41.6\n");
        CliRun r = CliRun.run("coverage", "--settlements", settlements.toString(), "--facilities", facilities.toString(),
                "--service", "crisis", "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.size()).as("lines printed").isBetween(100, 103);
        assertThat(lines.get(0)).isEqualTo("error: 10000 problems found:");
        assertThat(r.err()).contains("... and 9900 more (10000 problems in all; the first 100 are shown)");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
