package org.dostap.data.output;

/**
 * Text for spreadsheet cells: a value starting with {@code = + - @}, a tab or a carriage return would be read as a
 * formula by Excel or LibreOffice (CSV/formula injection). In CSV (which has no cell types) it gets a leading
 * apostrophe ({@link #safe}); in a workbook the cell is a text cell, which is never a formula, and it is also given the
 * Text number format ({@code @}), so that editing it in Excel or LibreOffice keeps it text: it shows as written, without
 * the apostrophe ({@link #startsLikeFormula}, {@link XlsxWorkbookWriter}). Numbers are written as numbers and never
 * pass through here.
 */
public final class SpreadsheetText {
    private SpreadsheetText() { }

    /** Whether a spreadsheet would take {@code text} for a formula; null and empty text would not. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code text} unchanged, or prefixed with {@code '} when it starts like a formula; null stays null. */
    public static String safe(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }
}
