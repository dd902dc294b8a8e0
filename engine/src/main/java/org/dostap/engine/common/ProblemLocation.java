package org.dostap.engine.common;

/**
 * Where a {@link Problem} is: a cell of a file, a field of a request, a command-line option, or nowhere in particular.
 * The engine and the data layer name fields in the domain's own snake_case words ({@code threshold_min},
 * {@code horizon_weeks}, {@code edits[2].lon}); each edge renders a location in its own words: the command line turns a
 * field into its flag, the HTTP API into the request's field path, a file cell reads {@code file, row 4, column lat}.
 * Only the command line makes {@link Option}s.
 */
public sealed interface ProblemLocation {
    /** The whole input, no particular place. */
    Nowhere NOWHERE = new Nowhere();

    record Nowhere() implements ProblemLocation { }

    /**
     * A place in a file (or an address, or a named input): its name, the 1-based data row (0 when not row-bound) and the
     * column ("" for the whole row or file).
     */
    record FileCell(String file, int row, String column) implements ProblemLocation {
        public FileCell {
            file = file == null ? "" : file;
            column = column == null ? "" : column;
            if (row < 0) throw new IllegalArgumentException("row must be 0 or more, got " + row);
        }
    }

    /** A field of a request in domain words, snake_case, with indexes and dots for nesting: {@code visits[0].frequency_weeks}. */
    record Field(String path) implements ProblemLocation {
        public Field {
            if (path == null || path.isBlank()) throw new IllegalArgumentException("a field path is required");
        }

        /** The field {@code child} of this one: {@code edits[2]} and {@code lon} give {@code edits[2].lon}. */
        @Override public Field child(String child) { return new Field(path + "." + child); }

        /** The last part of the path without indexes: {@code frequency_weeks} for {@code visits[0].frequency_weeks}. */
        public String leaf() { return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*$", ""); }
    }

    /** A command-line option as the user typed it (the command line's own location; the engine never makes one). */
    record Option(String name) implements ProblemLocation {
        public Option {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("an option name is required");
        }
    }

    /**
     * The part {@code name} of this place: the column of a file cell, the child field of a field, the field itself when
     * nowhere in particular; an option stays the option.
     */
    default ProblemLocation child(String name) {
        if (this instanceof FileCell c) return new FileCell(c.file(), c.row(), name);
        if (this instanceof Field f) return f.child(name);
        if (this instanceof Option) return this;
        return new Field(name);
    }

    static ProblemLocation file(String file) { return new FileCell(file, 0, ""); }

    static ProblemLocation cell(String file, int row, String column) { return new FileCell(file, row, column); }

    static ProblemLocation field(String path) { return new Field(path); }
}
