package org.dostap.web.report;

import java.util.List;

/** A report as format-neutral blocks, written by {@link DocxReportWriter} and {@link PdfReportWriter}. */
public record ReportDocument(String title, String subtitle, List<Block> blocks) {
    public ReportDocument { blocks = List.copyOf(blocks); }

    /** One piece of the report, in reading order. */
    public sealed interface Block permits Heading, Text, Table, Picture { }

    /** A section heading (level 1) or sub-heading (level 2). */
    public record Heading(String text, int level) implements Block { }

    /** A paragraph; {@code note} paragraphs are set smaller (captions, caveats). */
    public record Text(String text, boolean note) implements Block {
        public Text(String text) { this(text, false); }
    }

    /** A table; {@code numeric} columns are right-aligned. */
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }
    }

    /** A PNG picture drawn {@code widthCm} wide, with a caption. */
    public record Picture(byte[] png, int widthPx, int heightPx, double widthCm, String caption) implements Block { }
}
