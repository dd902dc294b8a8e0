package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.indicators.AccessIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target inside the estimate's range (the people within, roads slow to fast) is neither met nor missed: every output
 * of the indicators and report commands says "uncertain", in both languages, where the point estimate alone said met.
 */
class TargetStatusOutputsTest {
    @TempDir Path tmp;

    /** The region's share within 15 min of a Community Support Centre: a target between the point estimate and the high end. */
    private static String straddlingTarget() {
        AccessAnalysis analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.defaults());
        AccessIndicators region = AccessIndicators.of(analysis.coverage(new CoverageQuery("SML", "community-support", 900, "pop_2017", List.of()))).get(0);
        assertThat(region.populationWithinLow()).as("an estimate's range on the bundled data").isLessThan(region.populationWithinHigh());
        // just under the point estimate: met on the point estimate, not on slow roads
        double target = (region.populationWithin() - 1.0) / region.population();
        assertThat(region.populationWithinLow()).as("the low end misses the target").isLessThan((long) Math.ceil(target * region.population()));
        return String.format(Locale.ROOT, "%.6f", target);
    }

    @Test
    void indicatorsSayUncertainInJsonCsvWorkbookAndConsole() throws Exception {
        String target = straddlingTarget();
        for (String lang : List.of("bg", "en")) {
            Path out = tmp.resolve("ind-" + lang);
            CliRun run = CliRun.run("indicators", "--region", "SML", "--service", "community-support", "--threshold-min", "15",
                    "--target-share", target, "--lang", lang, "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("uncertain (within the estimate's range)");

            JsonNode region = new ObjectMapper().readTree(out.resolve("indicators.json").toFile()).get("areas").get(0);
            assertThat(region.get("baseline_meets_target").asBoolean()).as("the point estimate alone").isTrue();
            assertThat(region.get("baseline_target_status").asText()).isEqualTo("uncertain");

            try (var reader = CsvFiles.reader(out.resolve("indicators.csv"))) {
                CSVRecord first = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords().get(0);
                assertThat(first.get("area")).isEqualTo("SML");
                assertThat(first.get("target_status")).isEqualTo("uncertain");
            }

            try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("indicators.xlsx").toFile())) {
                List<Row> rows = wb.getFirstSheet().read();
                int col = -1;
                for (int c = 0; c < rows.get(0).getCellCount(); c++)
                    if (rows.get(0).getCell(c).asString().equals(lang.equals("bg") ? "Целта е постигната (в обхвата на оценката)"
                            : "Target met (within the estimate's range)")) col = c;
                assertThat(col).as("the workbook's target column").isNotNegative();
                assertThat(rows.get(1).getCell(col).asString()).isEqualTo(lang.equals("bg") ? "несигурно (в обхвата на оценката)"
                        : "uncertain (within the estimate's range)");
            }
        }
    }

    @Test
    void theReportSaysUncertainInTheTableAndTheText() throws Exception {
        String target = straddlingTarget();
        for (String lang : List.of("bg", "en")) {
            Path out = tmp.resolve("report-" + lang);
            CliRun run = CliRun.run("report", "--region", "SML", "--service", "community-support", "--threshold-min", "15",
                    "--target-share", target, "--review-population", "pop_2017", "--lang", lang, "--format", "docx", "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            try (InputStream in = Files.newInputStream(out.resolve("report-SML.docx")); XWPFDocument d = new XWPFDocument(in)) {
                String total = lang.equals("bg") ? "Общо" : "Total";
                String uncertain = lang.equals("bg") ? "несигурно (в обхвата на оценката)" : "uncertain (within the estimate's range)";
                boolean found = false;
                for (XWPFTable table : d.getTables())
                    for (XWPFTableRow row : table.getRows())
                        if (row.getCell(0).getText().equals(total) && row.getTableCells().stream().anyMatch(c -> c.getText().equals(uncertain)))
                            found = true;
                assertThat(found).as("the monitoring table's total row says " + uncertain).isTrue();
                try (XWPFWordExtractor e = new XWPFWordExtractor(d)) {
                    assertThat(e.getText()).contains(lang.equals("bg") ? "е несигурно дали я достига" : "it is uncertain (the estimate's range straddles the target)");
                }
            }
        }
    }
}
