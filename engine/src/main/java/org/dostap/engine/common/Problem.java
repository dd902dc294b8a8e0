package org.dostap.engine.common;

/**
 * One thing wrong with an input, located precisely enough for a planner to fix it:
 * the source (file name, request field), the row (1-based data row, 0 when not row-bound)
 * and the column or field.
 */
public record Problem(String source, int row, String column, String message) {
    public Problem {
        source = source == null ? "" : source;
        column = column == null ? "" : column;
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message is required");
    }

    public static Problem of(String source, String message) {
        return new Problem(source, 0, "", message);
    }

    /**
     * Human readable: {@code settlements.csv, row 4, column lat: not a number: "4l.5"}; a command-line flag as
     * column reads {@code command line, option --teams: ...}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(source);
        if (row > 0) sb.append(sb.length() > 0 ? ", " : "").append("row ").append(row);
        if (!column.isEmpty())
            sb.append(sb.length() > 0 ? ", " : "").append(column.startsWith("--") ? "option " : "column ").append(column);
        return sb.length() == 0 ? message : sb + ": " + message;
    }
}
