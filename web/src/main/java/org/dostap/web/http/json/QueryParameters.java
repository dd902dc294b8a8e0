package org.dostap.web.http.json;

import io.javalin.http.Context;
import org.dostap.engine.common.ProblemCollector;

/** Query parameters of GET requests that stand for a body's fields (the same field names, the same checks after). */
public final class QueryParameters {
    private QueryParameters() { }

    /**
     * The query parameter {@code name} as whole minutes: null when absent or blank; a problem named {@code name} (and
     * null) when it is not a whole number. Its range is checked later with the body's, by {@code Limits}.
     */
    public static Integer wholeMinutes(Context ctx, String name, ProblemCollector problems) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : wholeMinutes(value.trim(), name, problems);
    }

    /** One value (e.g. an item of a comma-separated list) as whole minutes, or a problem named {@code name}. */
    public static Integer wholeMinutes(String value, String name, ProblemCollector problems) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.field(name, "not a whole number of minutes: '" + value + "'");
            return null;
        }
    }
}
