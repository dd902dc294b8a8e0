package org.dostap.data.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an RFC 7946 FeatureCollection: geometries in lon/lat (EPSG:4326), no {@code crs} member,
 * polygon exterior rings counter-clockwise, coordinates rounded to a fixed number of decimals.
 * Geometries are encoded by jts-io's {@link GeoJsonWriter}; properties by Jackson, in the map's
 * iteration order (String, Number, Boolean, null, List and Map values).
 */
public final class GeoJsonFeatureWriter {
    /** 6 decimals of a degree is about 0.1 m: enough for settlements and facilities. */
    public static final int DEFAULT_DECIMALS = 6;
    private static final ObjectMapper MAPPER = JsonOutput.mapper(); // the outputs' one convention (snake_case)

    /** One feature; {@code geometry} may be null (written as {@code "geometry": null}). */
    public record Feature(Geometry geometry, Map<String, ?> properties) {
        public Feature {
            properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    private GeoJsonFeatureWriter() { }

    public static void write(Path file, Iterable<Feature> features) throws IOException {
        write(file, features, DEFAULT_DECIMALS);
    }

    public static void write(Path file, Iterable<Feature> features, int decimals) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, features, decimals);
        }
    }

    /** Writes the collection to {@code out} in UTF-8; does not close {@code out}. */
    public static void write(OutputStream out, Iterable<Feature> features, int decimals) throws IOException {
        write(out, Map.of(), features, decimals);
    }

    /**
     * As {@link #write(OutputStream, Iterable, int)}, with foreign members of the collection (RFC 7946 section 6.1) first,
     * e.g. {@code "dostap": {...}} describing how the file was made.
     */
    public static void write(OutputStream out, Map<String, ?> foreignMembers, Iterable<Feature> features, int decimals) throws IOException {
        Objects.requireNonNull(features, "features");
        GeoJsonWriter geometryWriter = new GeoJsonWriter(decimals);
        geometryWriter.setEncodeCRS(false);
        geometryWriter.setForceCCW(true);
        JsonFactory factory = MAPPER.getFactory();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCodec(MAPPER);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            for (Map.Entry<String, ?> m : foreignMembers.entrySet()) {
                g.writeFieldName(m.getKey());
                g.writeObject(m.getValue());
            }
            g.writeArrayFieldStart("features");
            for (Feature f : features) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeFieldName("properties");
                g.writeObject(f.properties());
                g.writeFieldName("geometry");
                if (f.geometry() == null) g.writeNull();
                else g.writeRawValue(geometryWriter.write(f.geometry()));
                g.writeEndObject();
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
