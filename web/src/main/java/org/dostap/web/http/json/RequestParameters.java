package org.dostap.web.http.json;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body as the parameters of a result's {@code provenance}: its fields as given, snake_case, without the
 * ones left out (they take the documented defaults); the scenario's {@code edits} counted ({@code scenario_edits}),
 * their road closures being in the provenance's {@code closures}.
 */
public final class RequestParameters {
    private RequestParameters() { }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Record body) {
        Map<String, Object> all = MAPPER.convertValue(body, LinkedHashMap.class);
        Map<String, Object> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (v == null) return;
            if (k.equals("edits")) out.put("scenario_edits", v instanceof List<?> l ? l.size() : 0);
            else out.put(k, v);
        });
        return out;
    }

    private static final ObjectMapper MAPPER = JsonBodies.defaultMapper();
}
