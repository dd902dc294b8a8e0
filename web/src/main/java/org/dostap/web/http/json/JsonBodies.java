package org.dostap.web.http.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;

import java.util.List;

/** Reads request bodies; malformed JSON or unknown fields become INVALID_INPUT naming the field. */
public final class JsonBodies {
    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** The API's mapper: the outputs' one convention ({@link JsonOutput}), snake_case field names both ways. */
    public static ObjectMapper defaultMapper() {
        return JsonOutput.mapper();
    }

    /** The body as {@code type}; an empty body gives {@code empty}. */
    public <T> T read(Context ctx, Class<T> type, T empty) {
        String body = ctx.body();
        if (body == null || body.isBlank()) return empty;
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw PlanningException.invalid(List.of(new Problem("body", 0, e.getPropertyName(),
                    "unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds())));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw PlanningException.invalid(List.of(new Problem("body", 0, "",
                    "the request body is not valid JSON for this endpoint" + where + ": " + e.getOriginalMessage())));
        }
    }
}
