package org.dostap.data.output;

/**
 * Text for spreadsheet cells: a value starting with {@code = + - @}, a tab or a carriage return would be read as a
 * formula by Excel or LibreOffice (CSV/formula injection), so it gets a leading apostrophe and is shown as text.
 * Numbers are written as numbers and never pass through here.
 */
public final class SpreadsheetText {
    private SpreadsheetText() { }

    /** {@code text} unchanged, or prefixed with {@code '} when it starts like a formula; null stays null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
