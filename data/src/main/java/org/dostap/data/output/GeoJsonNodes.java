package org.dostap.data.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * RFC 7946 GeoJSON as Jackson nodes for a JSON answer (lon/lat, EPSG:4326, no "crs" member, exterior rings
 * counter-clockwise): the API's map layers, a mobile team-day's route, a road closure's geometry. Files are written by
 * {@link GeoJsonFeatureWriter}; both encode geometries with jts-io's {@link GeoJsonWriter}.
 */
public final class GeoJsonNodes {
    private static final int DECIMALS = 5; // about 1 m
    private final ObjectMapper mapper;

    public GeoJsonNodes(ObjectMapper mapper) { this.mapper = mapper; }

    public ObjectNode featureCollection() {
        ObjectNode fc = mapper.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    /** Adds a feature with {@code properties} (a record, written by the mapper: snake_case). */
    public void addFeature(ObjectNode collection, JsonNode geometry, Object properties) {
        ObjectNode f = ((ArrayNode) collection.get("features")).addObject();
        f.put("type", "Feature");
        f.set("geometry", geometry);
        f.set("properties", mapper.valueToTree(properties));
    }

    /** A foreign member of the collection (RFC 7946 section 6.1), e.g. {@code "dostap": {...}} saying how it was made. */
    public void addMember(ObjectNode collection, String name, Object value) {
        collection.set(name, mapper.valueToTree(value));
    }

    public ObjectNode point(GeoPoint p) {
        ObjectNode g = mapper.createObjectNode();
        g.put("type", "Point");
        g.putArray("coordinates").add(round(p.lon())).add(round(p.lat()));
        return g;
    }

    /** The geometry rounded to 5 decimals (about 1 m), rings counter-clockwise; a JSON null for none. */
    public JsonNode geometry(Geometry geometry) { return geometry(mapper, geometry, DECIMALS, true); }

    /** The geometry rounded to {@code decimals}, rings counter-clockwise; a JSON null for none (a mobile team-day's route). */
    public static JsonNode geometry(Geometry geometry, int decimals) {
        return geometry(JsonOutput.mapper(), geometry, decimals, true);
    }

    /** A geometry as it was given (8 decimals, rings as drawn): a scenario's road closure, stored and answered back. */
    public static JsonNode exactGeometry(Geometry geometry) {
        return geometry(JsonOutput.mapper(), geometry, 8, false);
    }

    private static JsonNode geometry(ObjectMapper mapper, Geometry geometry, int decimals, boolean forceCcw) {
        if (geometry == null) return mapper.nullNode();
        GeoJsonWriter writer = new GeoJsonWriter(decimals);
        writer.setEncodeCRS(false);
        writer.setForceCCW(forceCcw);
        try {
            return mapper.readTree(writer.write(geometry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JTS wrote invalid GeoJSON", e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
