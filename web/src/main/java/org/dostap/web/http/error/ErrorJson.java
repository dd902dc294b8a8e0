package org.dostap.web.http.error;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;

import java.util.List;
import java.util.Locale;

/**
 * The body of every error response: a machine code, a message for people, and every problem found
 * ({@code field} names the request field such as {@code edits[2].lon}, or the file and column).
 */
public record ErrorJson(String error, String message, List<ProblemJson> problems) {
    public record ProblemJson(String field, Integer row, String message) {
        /** Field paths read as the API's field names: {@code visits[0].frequencyWeeks} becomes {@code visits[0].frequency_weeks}. */
        private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

        static ProblemJson from(Problem p) {
            String column = SNAKE.translate(p.column());
            String field = p.source().isEmpty() ? column
                    : column.isEmpty() ? p.source() : p.source() + "." + column;
            return new ProblemJson(field, p.row() > 0 ? p.row() : null, p.message());
        }

        String describe() {
            String where = row == null ? field : field.isEmpty() ? "row " + row : field + ", row " + row;
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    public static ErrorJson of(String error, String message) { return new ErrorJson(error, message, List.of()); }

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
