package org.dostap.data.output;

import java.util.regex.Pattern;

/**
 * The rule against spreadsheet formula injection (CSV and workbook exports): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return would be read by Excel or LibreOffice as a formula (e.g. a facility id
 * {@code =cmd|' /C calc'!A0} from a shared scenario), so it gets a leading apostrophe, which spreadsheets show as
 * text and do not print ({@link SpreadsheetText#safe}, also used by the workbook writers). Text that is a plain number
 * ({@code -1.5}, {@code -2E-3}: the command line writes formatted numbers as text) is left as it is: not a formula.
 */
public final class SpreadsheetCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {}

    /** {@code text} made safe for a spreadsheet cell; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || NUMBER.matcher(text).matches()) return text;
        return SpreadsheetText.safe(text); // the one rule for CSV and workbooks
    }

    /** A cell value as text for CSV: {@code null} is empty, numbers and booleans as they are, text neutralised. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
        return neutralise(String.valueOf(value));
    }
}
