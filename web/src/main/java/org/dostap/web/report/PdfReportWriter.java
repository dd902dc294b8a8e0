package org.dostap.web.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link ReportDocument} as an A4 PDF (OpenPDF) with the bundled DejaVu fonts embedded (Cyrillic text stays text). */
final class PdfReportWriter {
    private PdfReportWriter() { }

    static void write(ReportDocument doc, OutputStream out) throws IOException {
        Document d = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(d, out);
            writer.setCloseStream(false);
            writer.setStrictImageSequence(true);   // pictures stay between their neighbouring paragraphs
            BaseFont regular = BaseFont.createFont(ReportFonts.REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    ReportFonts.regularBytes(), null);
            BaseFont bold = BaseFont.createFont(ReportFonts.BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    ReportFonts.boldBytes(), null);
            d.addTitle(doc.title());
            d.addCreator("Dostap");
            d.open();
            d.add(new Paragraph(doc.title(), new Font(bold, 18)));
            Paragraph sub = new Paragraph(doc.subtitle(), new Font(regular, 10));
            sub.setSpacingAfter(8);
            d.add(sub);
            for (ReportDocument.Block b : doc.blocks()) {
                if (b instanceof ReportDocument.Heading h) {
                    Paragraph p = new Paragraph(h.text(), new Font(bold, h.level() == 1 ? 14 : 11));
                    p.setSpacingBefore(h.level() == 1 ? 12 : 6);
                    p.setSpacingAfter(4);
                    d.add(p);
                } else if (b instanceof ReportDocument.Text t) {
                    Paragraph p = new Paragraph(t.text(), new Font(regular, t.note() ? 7.5f : 9.5f));
                    p.setSpacingAfter(4);
                    d.add(p);
                } else if (b instanceof ReportDocument.Table t) {
                    d.add(table(t, regular, bold));
                } else if (b instanceof ReportDocument.Picture p) {
                    Image img = Image.getInstance(p.png());
                    float width = (float) (p.widthCm() / 2.54 * 72);
                    img.scaleToFit(width, width * p.heightPx() / p.widthPx());
                    img.setAlignment(Element.ALIGN_CENTER);
                    d.add(img);
                    Paragraph c = new Paragraph(p.caption(), new Font(regular, 7.5f, Font.ITALIC));
                    c.setAlignment(Element.ALIGN_CENTER);
                    c.setSpacingAfter(6);
                    d.add(c);
                }
            }
            d.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static PdfPTable table(ReportDocument.Table t, BaseFont regular, BaseFont bold) {
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        float[] widths = widths(t, regular, bold, PageSize.A4.getWidth() - 96);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        Font head = new Font(bold, 7);
        Font body = new Font(regular, 7);
        for (String h : t.header()) {
            PdfPCell c = new PdfPCell(new Phrase(new Chunk(h, head)));
            c.setBackgroundColor(new Color(0xDD, 0xE4, 0xEA));
            table.addCell(c);
        }
        for (java.util.List<String> row : t.rows())
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(new Chunk(row.get(i), body)));
                if (t.numeric().get(i)) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        return table;
    }

    private static final float FONT_SIZE = 7, CELL_PADDING = 5;

    /**
     * Column widths in points for {@code available}: each column at least as wide as its longest word (a heading is never
     * split inside a word) and its longest number (a figure or a range of figures is never split); the room left is
     * shared by what each column would need to stand on one line.
     */
    static float[] widths(ReportDocument.Table t, BaseFont regular, BaseFont bold, float available) {
        int n = t.header().size();
        float[] min = new float[n], want = new float[n];
        for (int i = 0; i < n; i++) {
            String h = t.header().get(i);
            for (String word : h.split("\\s+")) min[i] = Math.max(min[i], bold.getWidthPoint(word, FONT_SIZE));
            want[i] = bold.getWidthPoint(h, FONT_SIZE);
            for (java.util.List<String> row : t.rows()) {
                String v = row.get(i);
                float whole = regular.getWidthPoint(v, FONT_SIZE);
                want[i] = Math.max(want[i], whole);
                if (t.numeric().get(i)) min[i] = Math.max(min[i], whole);
                else for (String word : v.split("\\s+")) min[i] = Math.max(min[i], regular.getWidthPoint(word, FONT_SIZE));
            }
            min[i] += CELL_PADDING;
            want[i] = Math.max(want[i] + CELL_PADDING, min[i]);
        }
        float sumMin = 0, sumWant = 0;
        for (int i = 0; i < n; i++) { sumMin += min[i]; sumWant += want[i]; }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            if (sumWant <= available) out[i] = want[i] * available / sumWant;         // everything on one line
            else if (sumMin >= available) out[i] = min[i];                              // too many columns: the least each needs
            else out[i] = min[i] + (want[i] - min[i]) * (available - sumMin) / (sumWant - sumMin);
        }
        return out;
    }
}
