package org.dostap.web.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that writes files is run on the bundled Smolyan data, and every CSV it writes is checked against the one
 * rule (CsvTableWriter, docs/ARCHITECTURE.md "CSV files"): UTF-8 with a byte-order mark (without it Excel shows the
 * Cyrillic as mojibake), CRLF line ends only, every row as wide as the header. A new command must be added here (or to
 * the commands that write no table), else the test fails.
 */
class EveryCsvOpensInExcelTest {
    @TempDir Path tmp;

    /** Commands that write no file a user opens in a spreadsheet: the server, the network cache (network import), the database import. */
    private static final Set<String> WRITE_NO_TABLE = Set.of("help", "serve", "network import", "import");

    @Test
    void everyCsvOfEveryCommandHasTheByteOrderMarkAndCrlf() throws IOException {
        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("coverage", new String[]{"coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "30",
                "--excel-csv", "--out", tmp.resolve("coverage").toString()});
        runs.put("coverage --capacitated", new String[]{"coverage", "--region", "SML", "--service", "community-support",
                "--capacitated", "--out", tmp.resolve("capacity").toString()});
        runs.put("indicators", new String[]{"indicators", "--region", "SML", "--service", "crisis", "--review-population", "proj_2030",
                "--target-share", "0.9", "--out", tmp.resolve("indicators").toString()});
        runs.put("population project", new String[]{"population", "project", "--region", "SML", "--horizon", "2030",
                "--out", tmp.resolve("projection").toString()});
        runs.put("mobile", new String[]{"mobile", "--region", "SML", "--service", "community-support", "--base", "community-support-SML31",
                "--teams", "1", "--days-per-week", "5", "--frequency-weeks", "2", "--horizon-weeks", "4", "--threshold-min", "20",
                "--day-hours", "8", "--out", tmp.resolve("mobile").toString()});
        runs.put("optimize", new String[]{"optimize", "--region", "SML", "--service", "community-support", "--problem", "mclp",
                "--sites", "1", "--threshold-min", "20", "--keep-existing", "--time-limit-s", "15", "--out", tmp.resolve("optimize").toString()});
        runs.put("report", new String[]{"report", "--region", "SML", "--format", "docx", "--out", tmp.resolve("report").toString()});
        Files.createDirectories(tmp.resolve("export"));
        runs.put("export", new String[]{"export", "--region", "SML", "--out", tmp.resolve("export").resolve("sml.gpkg").toString()});

        Set<String> commands = new TreeSet<>();
        for (Map.Entry<String, CommandLine> e : DostapCommand.commandLine().getSubcommands().entrySet()) {
            if (e.getValue().getSubcommands().isEmpty()) commands.add(e.getKey());
            else e.getValue().getSubcommands().keySet().forEach(sub -> commands.add(e.getKey() + " " + sub));
        }
        Set<String> covered = new TreeSet<>(WRITE_NO_TABLE);
        runs.keySet().forEach(k -> covered.add(k.split(" --")[0]));
        assertThat(covered).as("every command is run here or listed as writing no table").containsAll(commands);

        List<Path> csvs = new ArrayList<>();
        for (Map.Entry<String, String[]> run : runs.entrySet()) {
            CliRun r = CliRun.run(run.getValue());
            assertThat(r.exitCode()).as(run.getKey() + ": " + r.err()).isZero();
            Path out = Path.of(run.getValue()[run.getValue().length - 1]);
            try (Stream<Path> files = Files.walk(Files.isDirectory(out) ? out : out.getParent())) {
                files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv")).forEach(csvs::add);
            }
        }
        // the tables the commands are known to write; a new one is checked too (the walk finds it)
        assertThat(csvs.stream().map(p -> p.getFileName().toString()).toList()).contains("settlements.csv", "settlements-excel.csv",
                "capacity-settlements.csv", "indicators.csv", "projection.csv", "schedule.csv", "access.csv");
        for (Path csv : csvs) assertOpensInExcel(csv);
    }

    /** UTF-8 with a byte-order mark, CRLF line ends only, every record as wide as the header, Cyrillic readable. */
    static void assertOpensInExcel(Path csv) throws IOException {
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes.length).as(csv + " is empty").isGreaterThan(3);
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).as(csv + " starts with the UTF-8 byte-order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as(csv + " has CRLF line ends").endsWith("\r\n");
        char delimiter = csv.getFileName().toString().endsWith("-excel.csv") ? ';' : ',';
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
        assertThat(records).as(csv + " has a header and rows").hasSizeGreaterThan(1);
        int width = records.get(0).size();
        for (CSVRecord r : records) {
            assertThat(r.size()).as(csv + " record " + r.getRecordNumber() + " as wide as the header").isEqualTo(width);
            for (String cell : r) assertThat(cell).as(csv + ": a line break inside a cell").doesNotContain("\n");
        }
        // outside quoted cells every line end is CRLF: no bare LF
        assertThat(text.replace("\r\n", "")).as(csv + " has a bare LF line end").doesNotContain("\n");
    }
}
