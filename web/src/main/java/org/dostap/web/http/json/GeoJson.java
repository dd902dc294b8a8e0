package org.dostap.web.http.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Builds RFC 7946 GeoJSON (lon/lat, EPSG:4326, no "crs" member, exterior rings counter-clockwise). */
public final class GeoJson {
    private static final int DECIMALS = 5; // about 1 m
    private final ObjectMapper mapper;

    public GeoJson(ObjectMapper mapper) { this.mapper = mapper; }

    public ObjectNode featureCollection() {
        ObjectNode fc = mapper.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    /** Adds a feature and returns its (empty) properties object. */
    public ObjectNode addFeature(ObjectNode collection, JsonNode geometry) {
        ObjectNode f = ((ArrayNode) collection.get("features")).addObject();
        f.put("type", "Feature");
        f.set("geometry", geometry);
        return f.putObject("properties");
    }

    public ObjectNode point(GeoPoint p) {
        ObjectNode g = mapper.createObjectNode();
        g.put("type", "Point");
        g.putArray("coordinates").add(round(p.lon())).add(round(p.lat()));
        return g;
    }

    public JsonNode geometry(Geometry geometry) {
        if (geometry == null) return mapper.nullNode();
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
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
