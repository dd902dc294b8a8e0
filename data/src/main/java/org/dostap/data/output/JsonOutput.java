package org.dostap.data.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one JSON convention of every output, API and files alike: field names snake_case (records keep camelCase
 * components; {@link PropertyNamingStrategies#SNAKE_CASE} translates them), so a result is one record set written
 * the same way by every edge. Files are indented and end with a newline.
 */
public final class JsonOutput {
    private static final ObjectMapper PRETTY = mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() { }

    /** A new mapper with the convention (unknown fields ignored; readers that must refuse them enable it). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** {@code value} as indented JSON, without a final newline. */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} to {@code file} as indented UTF-8 JSON ending with a newline. */
    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, pretty(value) + "\n", StandardCharsets.UTF_8);
    }
}
