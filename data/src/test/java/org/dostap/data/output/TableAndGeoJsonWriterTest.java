package org.dostap.data.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableAndGeoJsonWriterTest {
    @TempDir Path dir;
    private final GeometryFactory gf = new GeometryFactory();

    @Test
    void everyCsvForUsersIsUtf8WithBomCrlfAndQuoting() throws IOException {
        Path file = dir.resolve("table.csv");
        CsvTableWriter.write(file, List.of("id", "name", "population"),
                List.of(List.of("00850", "Гълъбово, с.", 440), Arrays.asList("87825", "Свети Константин", null)));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("id,name,population\r\n00850,\"Гълъбово, с.\",440\r\n87825,Свети Константин,\r\n");

        assertThatThrownBy(() -> CsvTableWriter.write(dir.resolve("bad.csv"), List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundledDataFilesKeepNoMarkAndLf() throws IOException {
        Path file = dir.resolve("settlements.csv");
        try (CsvTableWriter w = CsvTableWriter.openBundledData(file, List.of("id", "name"))) {
            w.writeRow("00850", "Гълъбово");
        }
        assertThat(Files.readString(file)).isEqualTo("id,name\n00850,Гълъбово\n");
    }

    @Test
    void geoJsonIsRfc7946() throws IOException {
        // clockwise exterior ring: must come out counter-clockwise
        Polygon square = gf.createPolygon(new Coordinate[]{new Coordinate(24.0, 41.0), new Coordinate(24.0, 41.5),
                new Coordinate(24.5, 41.5), new Coordinate(24.5, 41.0), new Coordinate(24.0, 41.0)});
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", "00850");
        props.put("travel_time_min", 12.5);
        props.put("covered", true);
        props.put("facility", null);
        Path file = dir.resolve("out.geojson");
        GeoJsonFeatureWriter.write(file, List.of(
                new GeoJsonFeatureWriter.Feature(gf.createPoint(new Coordinate(25.0734951234, 41.6324634567)), props),
                new GeoJsonFeatureWriter.Feature(square, Map.of("code", "X")),
                new GeoJsonFeatureWriter.Feature(null, Map.of())));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.has("crs")).isFalse();
        JsonNode point = root.path("features").get(0);
        assertThat(point.path("geometry").path("coordinates").toString()).isEqualTo("[25.073495,41.632463]");
        assertThat(point.path("properties").toString())
                .isEqualTo("{\"id\":\"00850\",\"travel_time_min\":12.5,\"covered\":true,\"facility\":null}");
        JsonNode ring = root.path("features").get(1).path("geometry").path("coordinates").get(0);
        assertThat(ring.toString()).isEqualTo("[[24,41],[24.5,41],[24.5,41.5],[24,41.5],[24,41]]");
        assertThat(root.path("features").get(2).path("geometry").isNull()).isTrue();
    }
}
