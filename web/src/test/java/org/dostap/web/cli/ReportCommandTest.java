package org.dostap.web.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap report}: bundled region, the user's own files, bad options. */
class ReportCommandTest {
    @TempDir Path tmp;

    @Test
    void smolyanReportInBothFormats() throws Exception {
        Path out = tmp.resolve("rep");
        CliRun run = CliRun.run("report", "--region", "SML", "--format", "docx,pdf", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("report-SML.docx")); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getParagraphs()).anyMatch(p -> p.getText().equals("1. Резюме"));
        }
        try (PDDocument d = Loader.loadPDF(out.resolve("report-SML.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Смолян");
        }
        assertThat(run.out()).contains("SML: report docx, pdf in");
    }

    @Test
    void theUsersOwnFiles() throws Exception {
        Path out = tmp.resolve("own");
        Path settlements = Path.of(getClass().getResource("/cli-import/settlements-banite.csv").toURI());
        Path facilities = Path.of(getClass().getResource("/cli-import/facilities-banite.csv").toURI());
        CliRun run = CliRun.run("report", "--settlements", settlements.toString(), "--facilities", facilities.toString(),
                "--lang", "en", "--format", "pdf", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            Path pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
                assertThat(text).contains("1. Summary", "Гълъбово".isEmpty() ? "" : "Settlements beyond the standard");
                assertThat(text).contains("no yearly series");   // the fixture has population and pop_2011 only
            }
        }
    }

    @Test
    void everyBadOptionIsNamedAndNothingIsWritten() {
        Path out = tmp.resolve("bad");
        CliRun run = CliRun.run("report", "--region", "SML", "--service", "dentist", "--population", "pop_1990", "--lang", "de",
                "--format", "docx,xls", "--threshold-min", "0", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --format: unknown format 'xls'", "option --lang: unknown language 'de'",
                "option --threshold-min", "option --service: unknown service type 'dentist'", "option --population: unknown population column 'pop_1990'");
        assertThat(out).doesNotExist();
        CliRun scenario = CliRun.run("report", "--region", "XX", "--scenario", "abc", "--format", "pdf", "--out", out.toString());
        assertThat(scenario.exitCode()).isEqualTo(2);
        assertThat(scenario.err()).contains("--scenario", "needs --db", "XX");
        assertThat(out).doesNotExist();
    }

    @Test
    void optimizationAndMobilePlanFilesAndTheReviewAreTabulated() throws Exception {
        Path out = tmp.resolve("full");
        Path result = Path.of(getClass().getResource("/report/sml-mclp-result.json").toURI());
        Path plan = Path.of(getClass().getResource("/report/sml-mobile-plan.json").toURI());
        CliRun run = CliRun.run("report", "--region", "SML", "--threshold-min", "15", "--review-population", "proj_2030", "--target-share", "0.9",
                "--optimization", result.toString(), "--mobile-plan", plan.toString(), "--format", "pdf", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument d = Loader.loadPDF(out.resolve("report-SML.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Мониторинг: база, преглед и цел", "Оптимизация на местата", "Брезе", "План за мобилни екипи", "Триград");
        }
    }

    @Test
    void badResultFilesAndColumnsAreNamedAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("bad-files");
        Path notResult = Path.of(getClass().getResource("/report/not-a-result.json").toURI());
        CliRun run = CliRun.run("report", "--region", "SML", "--optimization", notResult.toString(), "--mobile-plan", tmp.resolve("missing.json").toString(),
                "--review-population", "proj_2099", "--target-share", "2", "--format", "docx", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("option --optimization", "'problem'", "option --mobile-plan", "missing.json", "option --review-population: unknown population column 'proj_2099'",
                "option --target-share");
        assertThat(out).doesNotExist();
        CliRun all = CliRun.run("report", "--region", "ALL", "--optimization", notResult.toString(), "--format", "pdf", "--out", out.toString());
        assertThat(all.exitCode()).isEqualTo(2);
        assertThat(all.err()).contains("option --optimization", "not ALL");
        assertThat(out).doesNotExist();
    }
}
