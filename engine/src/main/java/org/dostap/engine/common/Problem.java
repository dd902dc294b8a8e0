package org.dostap.engine.common;

import org.dostap.engine.common.ProblemLocation.FileCell;

/**
 * One thing wrong with an input, located precisely enough for a planner to fix it ({@link ProblemLocation}: a file
 * cell, a request field in domain words, a command-line option, or nowhere in particular).
 */
public record Problem(ProblemLocation where, String message) {
    public Problem {
        where = where == null ? ProblemLocation.NOWHERE : where;
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message is required");
    }

    /** A problem of the whole input. */
    public static Problem of(String message) { return new Problem(ProblemLocation.NOWHERE, message); }

    /** A problem of a whole file (or address, or named input), "" for none. */
    public static Problem inFile(String file, String message) {
        return new Problem(file == null || file.isEmpty() ? ProblemLocation.NOWHERE : ProblemLocation.file(file), message);
    }

    /** A problem of one cell of a file: 1-based data row (0 when not row-bound), column ("" for the whole row). */
    public static Problem inCell(String file, int row, String column, String message) {
        return new Problem(ProblemLocation.cell(file, row, column), message);
    }

    /** A problem of a request field, named in domain words ({@code threshold_min}, {@code edits[2].lon}). */
    public static Problem atField(String path, String message) { return new Problem(ProblemLocation.field(path), message); }

    /** The same problem at another place. */
    public Problem at(ProblemLocation other) { return new Problem(other, message); }

    /** The file cell, or null when the problem is not in a file. */
    public FileCell cell() { return where instanceof FileCell c ? c : null; }

    /** The field path, or null when the problem is not at a request field. */
    public String field() { return where instanceof ProblemLocation.Field f ? f.path() : null; }

    /**
     * Plain English, as the command line prints it when it knows no better: {@code settlements.csv, row 4, column lat:
     * not a number: "4l.5"}, {@code threshold_min: must be 1 to 1440 min, got 2000}, {@code command line, option --teams:
     * ...}. Each edge has its own renderer for fields (the command line's flag, the API's field path).
     */
    public String describe() {
        if (where instanceof FileCell c) {
            StringBuilder sb = new StringBuilder(c.file());
            if (c.row() > 0) sb.append(sb.length() > 0 ? ", " : "").append("row ").append(c.row());
            if (!c.column().isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("column ").append(c.column());
            return sb.length() == 0 ? message : sb + ": " + message;
        }
        if (where instanceof ProblemLocation.Field f) return f.path() + ": " + message;
        if (where instanceof ProblemLocation.Option o) return "command line, option " + o.name() + ": " + message;
        return message;
    }
}
