package org.dostap.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: one access row per settlement, written by every edge. The same request (Smolyan, community support,
 * 20 min, the bundled estimate the command line uses without --osm) through the command line's settlements.csv,
 * .geojson and .gpkg, the API's coverage rows and its CSV and GeoJSON export gives every settlement the same
 * nearest facility, travel time, band, covered and connected. 20 min: some settlements covered, some not.
 */
class SettlementRowsAcrossEdgesTest {
    private static final List<String> COMPARED = List.of("population", "nearest_facility", "travel_time_min",
            "travel_time_min_low", "travel_time_min_high", "covered", "connected");
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.defaults());
    private static final Api api = server.api();
    @TempDir static Path tmp;

    @Test
    void theCommandLineFilesTheApiRowsAndTheApiExportsAgreeSettlementBySettlement() throws Exception {
        Path out = tmp.resolve("sml");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "20",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> cliCsv = csv(CsvFiles.text(out.resolve("settlements.csv")));

        String query = "/api/regions/SML/export/settlements.csv?service=community-support&threshold_min=20";
        Api.Reply export = api.get(query);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        Map<String, Map<String, String>> apiCsv = csv(export.body().replace("\uFEFF", ""));

        JsonNode coverage = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=20").json();
        Map<String, Map<String, String>> apiRows = new LinkedHashMap<>();
        for (JsonNode s : coverage.get("settlements")) apiRows.put(s.get("id").asText(), json(s, "nearest_facility_id"));

        Map<String, Map<String, String>> cliGeoJson = geoJson(new ObjectMapper().readTree(out.resolve("settlements.geojson").toFile()));
        Map<String, Map<String, String>> apiGeoJson = geoJson(api.get(query.replace(".csv", ".geojson")).json());
        Map<String, Map<String, String>> geoPackage = geoPackage(out.resolve("settlements.gpkg"));

        assertThat(cliCsv).hasSize(240);
        assertThat(cliCsv.values().stream().map(r -> r.get("covered")).distinct()).containsExactlyInAnyOrder("true", "false");
        assertThat(cliCsv.values()).anyMatch(r -> !r.get("travel_time_min_low").equals(r.get("travel_time_min_high"))); // a band
        assertThat(apiCsv).isEqualTo(cliCsv);
        assertThat(apiRows).isEqualTo(cliCsv);
        assertThat(cliGeoJson).isEqualTo(cliCsv);
        assertThat(apiGeoJson).isEqualTo(cliCsv);
        Map<String, Map<String, String>> withoutPopulation = new LinkedHashMap<>();
        cliCsv.forEach((id, r) -> {
            Map<String, String> m = new LinkedHashMap<>(r);
            m.remove("population"); // the layer has every population column, by name
            withoutPopulation.put(id, m);
        });
        assertThat(geoPackage).isEqualTo(withoutPopulation);
        // and the context columns say the same in both CSVs
        CSVRecord first = records(CsvFiles.text(out.resolve("settlements.csv"))).get(0);
        CSVRecord firstApi = records(export.body().replace("\uFEFF", "")).get(0);
        for (String c : List.of("service", "threshold_min", "population_column", "travel_time_source", "facilities_illustrative"))
            assertThat(firstApi.get(c)).as(c).isEqualTo(first.get(c));
    }

    /** The compared values of each row by id; numbers as plain decimals so that 30 and 30.0 compare equal. */
    private static Map<String, Map<String, String>> csv(String text) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CSVRecord r : records(text)) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String c : COMPARED) m.put(c, normal(r.get(c)));
            rows.put(r.get("id"), m);
        }
        return rows;
    }

    private static List<CSVRecord> records(String text) throws IOException {
        try (Reader in = new StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Map<String, String> json(JsonNode row, String nearestFacility) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : COMPARED) {
            JsonNode v = row.get(c.equals("nearest_facility") ? nearestFacility : c);
            m.put(c, v == null || v.isNull() ? "" : normal(v.asText()));
        }
        return m;
    }

    private static Map<String, Map<String, String>> geoJson(JsonNode collection) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (JsonNode f : collection.get("features"))
            rows.put(f.get("properties").get("id").asText(), json(f.get("properties"), "nearest_facility"));
        return rows;
    }

    private static Map<String, Map<String, String>> geoPackage(Path file) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        GeoPackage gp = GeoPackageManager.open(file.toFile());
        FeatureResultSet rs = gp.getFeatureDao("settlements").queryForAll();
        try {
            while (rs.moveToNext()) {
                var row = rs.getRow();
                Map<String, String> m = new HashMap<>();
                for (String c : COMPARED) {
                    if (c.equals("population")) continue;
                    Object v = row.getValue(c);
                    m.put(c, v == null ? "" : normal(String.valueOf(v)));
                }
                Map<String, String> ordered = new LinkedHashMap<>();
                COMPARED.stream().filter(m::containsKey).forEach(c -> ordered.put(c, m.get(c)));
                rows.put((String) row.getValue("id"), ordered);
            }
        } finally {
            rs.close();
            gp.close();
        }
        return rows;
    }

    /** Numbers as plain decimals (30.0 and 30 alike), booleans and text as they are. */
    private static String normal(String v) {
        if (v.isEmpty() || !v.matches("-?\\d+(\\.\\d+)?")) return v;
        BigDecimal d = new BigDecimal(v).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
