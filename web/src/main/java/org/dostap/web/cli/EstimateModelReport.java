package org.dostap.web.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.engine.coverage.CoverageProvenance;
import org.dostap.web.http.coverage.EstimateModelJson;
import org.dostap.web.http.json.JsonBodies;

import java.util.LinkedHashMap;
import java.util.Map;

/** summary.json's {@code estimate_model}: the estimate's parameters and where they were fitted (snake_case, km). */
final class EstimateModelReport {
    private static final ObjectMapper SNAKE = JsonBodies.defaultMapper();

    private EstimateModelReport() { }

    /** The model in use (estimated) or fitted on the road network (road), with what it was used for; null if none. */
    static Map<String, Object> of(CoverageProvenance p) {
        EstimateModelJson json = EstimateModelJson.of(p.estimateModel(), p.travelTimeSource());
        return json == null ? null : SNAKE.convertValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
