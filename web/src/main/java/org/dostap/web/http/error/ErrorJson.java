package org.dostap.web.http.error;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemLocation;

import java.util.List;
import java.util.Locale;

/**
 * The body of every error response: a machine code, a message for people, and every problem found
 * ({@code field} names the request field such as {@code edits[2].lon}, or the file and column).
 */
public record ErrorJson(String error, String message, List<ProblemJson> problems) {
    public record ProblemJson(String field, Integer row, String message) {
        /**
         * The API's renderer of problem locations, the one place where a location becomes a request field: a field in
         * domain words is the request's field path as it is ({@code visits[0].frequency_weeks}: the domain's words are
         * the API's snake_case names); a file cell reads {@code file.column} with its row; an option its name.
         */
        static ProblemJson from(Problem p) {
            if (p.where() instanceof ProblemLocation.Field f) return new ProblemJson(f.path(), null, p.message());
            if (p.where() instanceof ProblemLocation.Option o) return new ProblemJson(o.name(), null, p.message());
            if (p.where() instanceof ProblemLocation.FileCell c) {
                String field = c.file().isEmpty() ? c.column() : c.column().isEmpty() ? c.file() : c.file() + "." + c.column();
                return new ProblemJson(field, c.row() > 0 ? c.row() : null, p.message());
            }
            return new ProblemJson("", null, p.message());
        }

        String describe() {
            String where = row == null ? field : field.isEmpty() ? "row " + row : field + ", row " + row;
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    public static ErrorJson of(String error, String message) { return new ErrorJson(error, message, List.of()); }

    /** A request body over the server's limit (413): the one wording, whether Jetty or Javalin refuses it. */
    public static ErrorJson tooLarge() {
        return of("too_large", "The request is too large. Send fewer scenario edits at a time.");
    }

    /** A request body that arrived too slowly (408): the one wording, whether Jetty or Javalin refuses it. */
    public static ErrorJson tooSlow() {
        return of("timeout", "The request body arrived too slowly (under " + org.dostap.web.app.WebApp.MIN_REQUEST_BYTES_PER_SECOND
                + " bytes a second) and was refused. Send it again.");
    }

    /**
     * The body {@link ErrorMapping} sends for {@code e} (also used for failed background jobs); its message names
     * request fields ({@code sites: ...}, {@code edits[2].lon: ...}) rather than the command line's "column".
     */
    public static ErrorJson of(PlanningException e) {
        return new ErrorJson(e.code().name().toLowerCase(Locale.ROOT),
                PlanningException.summary(e.problems(), p -> ProblemJson.from(p).describe()),
                e.problems().stream().map(ProblemJson::from).toList());
    }
}
