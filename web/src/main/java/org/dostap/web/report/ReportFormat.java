package org.dostap.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report's file formats. */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() { return extension; }

    public String contentType() { return contentType; }

    public static Optional<ReportFormat> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(t)).findFirst();
    }

    public void write(ReportDocument doc, OutputStream out) throws IOException {
        if (this == DOCX) DocxReportWriter.write(doc, out);
        else PdfReportWriter.write(doc, out);
    }
}
