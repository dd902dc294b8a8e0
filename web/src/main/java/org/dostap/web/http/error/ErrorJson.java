package org.dostap.web.http.error;

import org.dostap.engine.common.Problem;

import java.util.List;

/**
 * The body of every error response: a machine code, a message for people, and every problem found
 * ({@code field} names the request field such as {@code edits[2].lon}, or the file and column).
 */
public record ErrorJson(String error, String message, List<ProblemJson> problems) {
    public record ProblemJson(String field, Integer row, String message) {
        static ProblemJson from(Problem p) {
            String field = p.source().isEmpty() ? p.column()
                    : p.column().isEmpty() ? p.source() : p.source() + "." + p.column();
            return new ProblemJson(field, p.row() > 0 ? p.row() : null, p.message());
        }

        String describe() {
            String where = (field == null || field.isEmpty() ? "" : field) + (row == null ? "" : (field == null || field.isEmpty() ? "" : ", ") + "row " + row);
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    public static ErrorJson of(String error, String message) { return new ErrorJson(error, message, List.of()); }

    /** The body {@link ErrorMapping} sends for {@code e} (also used for failed background jobs). */
    public static ErrorJson of(org.dostap.engine.common.PlanningException e) {
        List<ProblemJson> problems = e.problems().stream().map(ProblemJson::from).toList();
        return new ErrorJson(e.code().name().toLowerCase(java.util.Locale.ROOT), message(e.getMessage(), problems), problems);
    }

    /** The problems in request terms ({@code sites: ...}, {@code edits[2].lon: ...}) rather than the CLI's "column". */
    private static String message(String fallback, List<ProblemJson> problems) {
        if (problems.isEmpty()) return fallback;
        List<String> lines = problems.stream().map(ProblemJson::describe).toList();
        return lines.size() == 1 ? lines.get(0) : lines.size() + " problems:\n" + String.join("\n", lines.stream().map(l -> "  - " + l).toList());
    }
}
