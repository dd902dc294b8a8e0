package org.dostap.web.report;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a {@link ReportDocument} as an editable Word document (Apache POI XWPF): real headings, tables and pictures. */
final class DocxReportWriter {
    private static final String FONT = "DejaVu Sans";

    static {
        // POI logs through the Log4j API; without a provider it warns on stderr. Its simple logger (errors only) is enough.
        if (System.getProperty("log4j2.loggerContextFactory") == null)
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private DocxReportWriter() { }

    static void write(ReportDocument doc, OutputStream out) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setTitle(doc.title());
            d.getProperties().getCoreProperties().setCreator("Dostap");
            run(d.createParagraph(), doc.title(), 20, true);
            run(d.createParagraph(), doc.subtitle(), 11, false);
            for (ReportDocument.Block b : doc.blocks()) {
                if (b instanceof ReportDocument.Heading h) {
                    XWPFParagraph p = d.createParagraph();
                    p.setStyle("Heading" + h.level());
                    p.setSpacingBefore(240);
                    run(p, h.text(), h.level() == 1 ? 15 : 12, true);
                } else if (b instanceof ReportDocument.Text t) {
                    run(d.createParagraph(), t.text(), t.note() ? 8 : 10, false);
                } else if (b instanceof ReportDocument.Table t) {
                    table(d, t);
                } else if (b instanceof ReportDocument.Picture p) {
                    picture(d, p);
                }
            }
            d.write(out);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(FONT);
        return r;
    }

    private static void table(XWPFDocument d, ReportDocument.Table t) {
        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.header(), t.numeric(), true);
        for (int i = 0; i < t.rows().size(); i++) fill(table.getRow(i + 1), t.rows().get(i), t.numeric(), false);
        d.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, List<Boolean> numeric, boolean header) {
        if (header) row.setRepeatHeader(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (numeric.get(c) && !header) p.setAlignment(ParagraphAlignment.RIGHT);
            run(p, cells.get(c), 8, header);
            if (header) cell.setColor("DDE4EA");
        }
    }

    private static void picture(XWPFDocument d, ReportDocument.Picture p) throws IOException {
        XWPFParagraph para = d.createParagraph();
        para.setAlignment(ParagraphAlignment.CENTER);
        double widthPt = p.widthCm() / 2.54 * 72;
        double heightPt = widthPt * p.heightPx() / p.widthPx();
        try {
            para.createRun().addPicture(new ByteArrayInputStream(p.png()), Document.PICTURE_TYPE_PNG, "figure.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException("picture could not be added: " + e.getMessage(), e);
        }
        run(d.createParagraph(), p.caption(), 8, false).setItalic(true);
    }
}
