package org.dostap.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the simplified boundary layers of {@code nikolovdeyan/Bulgaria-geocoding} (lon/lat, CRS84):
 * polygons keyed by one property (LAU_CODE, PROVINCE_CODE or EKATTE_ID).
 */
final class RawBoundaries {
    /** A boundary polygon and its raw properties. */
    record Boundary(String key, Geometry geometry, JsonNode properties) {
        String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? "" : v.asText().trim();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawBoundaries() { }

    static Map<String, Boundary> read(Path file, String keyProperty) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, Boundary> out = new TreeMap<>();
        for (JsonNode f : root.path("features")) {
            JsonNode props = f.path("properties");
            String key = props.path(keyProperty).asText("").trim();
            if (key.isEmpty()) throw new IllegalStateException(file + ": feature without " + keyProperty);
            Geometry g;
            try {
                g = reader.read(f.get("geometry").toString());
            } catch (ParseException e) {
                throw new IllegalStateException(file + ": bad geometry of " + key + ": " + e.getMessage(), e);
            }
            if (out.put(key, new Boundary(key, g, props)) != null)
                throw new IllegalStateException(file + ": duplicate " + keyProperty + " " + key);
        }
        return out;
    }
}
