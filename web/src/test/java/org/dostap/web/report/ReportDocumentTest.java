package org.dostap.web.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Smolyan report opened as its readers would: Word (POI) and a PDF reader (pdfbox), against the coverage the API serves. */
class ReportDocumentTest {
    static AccessAnalysis analysis;
    static CoverageView view;
    static byte[] docx, pdf;
    static long millis;

    @BeforeAll
    static void writeBoth() throws Exception {
        analysis = new AccessAnalysis(new BundledRegionStore(), EstimatedTravelTimes.uniform());
        view = analysis.coverage(new CoverageQuery("SML", "community-support", 1800, "pop_2017", List.of()));
        long started = System.nanoTime();
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SML", "community-support", 1800, "pop_2017", List.of(), null,
                "bg", LocalDate.of(2026, 12, 4)));
        ByteArrayOutputStream d = new ByteArrayOutputStream(), p = new ByteArrayOutputStream();
        ReportFormat.DOCX.write(doc, d);
        ReportFormat.PDF.write(doc, p);
        millis = (System.nanoTime() - started) / 1_000_000;
        docx = d.toByteArray();
        pdf = p.toByteArray();
    }

    @Test
    void docxHasTheSectionsTablesAndPictures() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> text = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("1. Резюме", "2. Карта на достъпа", "3. Показатели по общини", "4. Население по време за път",
                    "5. Населени места извън стандарта", "6. Демографска промяна и прогноза", "7. Източници, метод и ограничения");
            assertThat(text).anyMatch(t -> t.contains("ИЛЮСТРАТИВНА")).anyMatch(t -> t.contains("ОЦЕНЕНИ"))
                    .anyMatch(t -> t.contains("© OpenStreetMap contributors"));

            // municipal indicators: the numbers of the coverage the API serves (same application layer)
            XWPFTable indicators = table(d, "В рамките на 30 мин");
            for (AreaCoverage m : view.result().municipalities()) {
                XWPFTableRow row = row(indicators, m.nameBg());
                assertThat(number(row, 1)).as(m.nameBg()).isEqualTo(m.population());
                assertThat(number(row, 2)).isEqualTo(m.settlements());
                assertThat(number(row, 3)).isEqualTo(m.getThreshold(1800).coveredPopulation());
                assertThat(number(row, 6)).isEqualTo(m.getThreshold(1800).uncoveredPopulation());
            }
            assertThat(number(row(indicators, "Общо"), 1)).isEqualTo(107_282);

            // every uncovered settlement, ranked by population, with its name
            XWPFTable uncovered = table(d, "ЕКАТТЕ");
            List<UncoveredSettlement> expected = view.result().region().uncoveredByPopulation();
            assertThat(uncovered.getRows()).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(uncovered.getRow(i + 1).getCell(1).getText()).isEqualTo(expected.get(i).name());
                assertThat(uncovered.getRow(i + 1).getCell(2).getText()).isEqualTo(expected.get(i).settlementId());
                assertThat(number(uncovered.getRow(i + 1), 4)).isEqualTo(expected.get(i).population());
            }

            List<int[]> sizes = new ArrayList<>();
            for (XWPFPictureData p : d.getAllPictures()) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.getData()));
                sizes.add(new int[] {img.getWidth(), img.getHeight()});
            }
            assertThat(sizes).hasSize(4);   // map, coverage per municipality, bands, trend
            assertThat(sizes.get(0)).containsExactly(ReportBuilder.MAP_WIDTH_PX, ReportBuilder.MAP_HEIGHT_PX);
            assertThat(sizes.subList(1, sizes.size())).allSatisfy(s -> assertThat(s).containsExactly(ReportCharts.WIDTH, ReportCharts.HEIGHT));
        }
    }

    @Test
    void pdfTextIsExtractableCyrillicAndItHoldsThePictures() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Анализ на достъпа до социални услуги: Смолян", "1. Резюме", "Населени места извън стандарта",
                    "© OpenStreetMap contributors");
            for (UncoveredSettlement u : view.result().region().uncoveredByPopulation()) assertThat(text).contains(u.name());
            AreaCoverage banite = view.result().municipalities().stream().filter(m -> m.nameBg().equals("Баните")).findFirst().orElseThrow();
            assertThat(text).contains(new ReportText(ReportText.Lang.BG).integer(banite.population()));
            List<int[]> images = new ArrayList<>();
            for (PDPage page : d.getPages())
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDImageXObject img) images.add(new int[] {img.getWidth(), img.getHeight()});
                }
            assertThat(images.stream().map(a -> a[0] + "x" + a[1]).collect(Collectors.toList()))
                    .containsExactlyInAnyOrder("1600x1120", "1200x700", "1200x700", "1200x700");
        }
    }

    @Test
    void englishReportToo() throws Exception {
        ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest("SML", "crisis", 3600, "proj_2030", List.of(), null, "en",
                LocalDate.of(2026, 12, 4)));
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        ReportFormat.PDF.write(doc, p);
        try (PDDocument d = Loader.loadPDF(p.toByteArray())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Access to social services: situation analysis, Smolyan", "Crisis Centre", "proj_2030",
                    "Settlements beyond the standard");
        }
    }

    @Test
    void smolyanReportInBothFormatsIsQuick() {
        // docs/report.md: under 10 s on a quiet machine; the shared test machine is slower, so the bound is loose
        assertThat(millis).isLessThan(60_000);
        System.out.println("Smolyan report (DOCX + PDF, in-process after warm-up of the region): " + millis + " ms");
    }

    private static XWPFTable table(XWPFDocument d, String headerCell) {
        return d.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(headerCell)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with a column " + headerCell));
    }

    private static XWPFTableRow row(XWPFTable t, String first) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static long number(XWPFTableRow row, int cell) {
        return Long.parseLong(row.getCell(cell).getText().replace(" ", ""));
    }
}
