package org.dostap.engine.routing;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.graphhopper.config.Profile;
import com.graphhopper.jackson.Jackson;
import com.graphhopper.util.CustomModel;
import org.dostap.engine.traveltime.TravelMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code car} and {@code foot} profiles: custom-model JSON resources next to this class
 * ({@code car.json}, {@code foot.json}; their comments explain every rule).
 */
final class Profiles {
    /** Every encoded value the two custom models read; GraphHopper 11 requires the list. */
    static final String ENCODED_VALUES = "car_access, car_average_speed, road_class, track_type, surface, curvature, "
            + "foot_access, foot_average_speed, hike_rating";

    private static final ObjectMapper JSON = Jackson.initObjectMapper(JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build());

    private Profiles() {}

    static String name(TravelMode mode) { return mode.label(); }

    /** The raw JSON text (part of the graph cache key). */
    static String customModelJson(TravelMode mode) {
        String resource = name(mode) + ".json";
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("custom model resource missing: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CustomModel customModel(TravelMode mode) {
        try {
            return JSON.readValue(customModelJson(mode), CustomModel.class);
        } catch (IOException e) {
            throw new IllegalStateException("custom model " + name(mode) + ".json does not parse", e);
        }
    }

    static Profile profile(TravelMode mode) {
        return new Profile(name(mode)).setCustomModel(customModel(mode));
    }
}
