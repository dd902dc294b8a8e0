package org.dostap.web.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), bundled with its licence in {@code org/dostap/web/report/fonts/}: Cyrillic glyphs
 * for maps, charts and the PDF, independent of the fonts installed on the machine.
 */
final class ReportFonts {
    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);
    private static final Font REGULAR_FONT = awt(REGULAR_BYTES);
    private static final Font BOLD_FONT = awt(BOLD_BYTES);

    private ReportFonts() { }

    static byte[] regularBytes() { return REGULAR_BYTES; }

    static byte[] boldBytes() { return BOLD_BYTES; }

    static Font regular(float size) { return REGULAR_FONT.deriveFont(size); }

    static Font bold(float size) { return BOLD_FONT.deriveFont(size); }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("font resource " + name + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font is unreadable", e);
        }
    }
}
