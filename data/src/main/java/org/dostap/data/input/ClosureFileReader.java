package org.dostap.data.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.traveltime.RoadClosure;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A road-closures file: a GeoJSON FeatureCollection (or one Feature) of Polygon / MultiPolygon (roads inside are
 * closed) and LineString / MultiLineString features (roads they cross are closed), lon/lat. Optional properties:
 * {@code name}, {@code season}, {@code road_classes} (an array or comma-separated text, e.g. {@code ["track",
 * "unclassified"]} for the winter preset). Every problem is reported at once, naming the feature (1-based) and
 * its name.
 */
public final class ClosureFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClosureFileReader() {}

    /** @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every problem */
    public static List<RoadClosure> read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        String source = file.getFileName().toString();
        String text = InputText.read(file, problems);
        List<RoadClosure> out = new ArrayList<>();
        if (text != null) {
            JsonNode root = null;
            try {
                root = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                problems.cell(source, 0, "", "is not GeoJSON: not valid JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")");
            }
            if (root != null) read(source, root, problems, out);
        }
        problems.throwIfAny();
        return out;
    }

    private static void read(String source, JsonNode root, ProblemCollector problems, List<RoadClosure> out) {
        String type = root.path("type").asText("");
        List<JsonNode> features = new ArrayList<>();
        if (type.equals("FeatureCollection") && root.path("features").isArray()) root.path("features").forEach(features::add);
        else if (type.equals("Feature")) features.add(root);
        else {
            problems.cell(source, 0, "", "is not GeoJSON: expected a FeatureCollection of Polygon and LineString features, got "
                    + (type.isEmpty() ? "no \"type\"" : "type \"" + type + "\""));
            return;
        }
        if (features.isEmpty()) {
            problems.cell(source, 0, "", "has no Polygon or LineString feature: the FeatureCollection is empty");
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode props = f.path("properties");
            String name = props.path("name").asText("");
            org.dostap.engine.common.ProblemLocation where = org.dostap.engine.common.ProblemLocation.file(source + ", feature " + (i + 1) + (name.isBlank() ? "" : " '" + name + "'"));
            Geometry g = geometry(f.get("geometry"), where, problems);
            List<String> classes = roadClasses(props.get("road_classes"));
            if (g != null && RoadClosure.check(where, g, classes, problems))
                out.add(new RoadClosure(name, props.path("season").asText(""), g, classes));
        }
    }

    /** A GeoJSON geometry object as JTS (SRID 4326), or null after adding a problem. Shared with the HTTP API. */
    public static Geometry geometry(JsonNode node, org.dostap.engine.common.ProblemLocation where, ProblemCollector problems) {
        if (node == null || node.isNull() || !node.isObject()) {
            problems.add(where.child("geometry"), "a Polygon or LineString geometry is required");
            return null;
        }
        try {
            Geometry g = new GeoJsonReader().read(node.toString());
            g.setSRID(4326);
            return g;
        } catch (ParseException | RuntimeException e) {
            problems.add(where.child("geometry"), "is not a GeoJSON geometry: " + e.getMessage());
            return null;
        }
    }

    /** {@code road_classes}: absent (all roads), an array of names, or comma-separated text. */
    public static List<String> roadClasses(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isArray()) node.forEach(n -> out.add(n.asText()));
        else for (String s : node.asText().split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
