package org.dostap.data.bundled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses the bundled resource files (formats in data/README.md). Package-private: use {@link BundledRegionStore}. */
final class BundledFiles {
    static final String ROOT = "/org/dostap/data/bundled/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The parsed settlements file: settlements with a coordinate, and ids of those without one. */
    record SettlementTable(List<Settlement> located, List<String> unlocatedIds) { }

    private BundledFiles() { }

    static SettlementTable settlements(List<String> populationColumns) {
        List<Settlement> located = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (CSVRecord r : csv("settlements.csv")) {
            if (r.get("lon").isEmpty() || r.get("lat").isEmpty()) {
                unlocated.add(r.get("id"));
                continue;
            }
            Map<String, Integer> population = new LinkedHashMap<>();
            for (String column : populationColumns) {
                String v = r.get(column);
                if (!v.isEmpty()) population.put(column, Integer.parseInt(v));
            }
            located.add(new Settlement(r.get("id"), r.get("name"), r.get("name_en"), r.get("municipality"), r.get("province"),
                    r.get("kind"), new GeoPoint(Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat"))), population));
        }
        return new SettlementTable(located, unlocated);
    }

    /** municipalities.geojson or provinces.geojson as admin areas; {@code parentCode} from the {@code province} property, else "BG". */
    static List<AdminArea> areas(String file) {
        GeoJsonReader reader = new GeoJsonReader();
        List<AdminArea> out = new ArrayList<>();
        try (InputStream in = open(file)) {
            for (JsonNode f : MAPPER.readTree(in).path("features")) {
                JsonNode p = f.path("properties");
                out.add(new AdminArea(p.path("code").asText(), p.path("name_bg").asText(), p.path("name_en").asText(),
                        p.path("province").asText(BundledRegionStore.COUNTRY_CODE), p.path("seat_id").asText(),
                        reader.read(f.get("geometry").toString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bundled " + file + " is corrupt: " + e.getMessage(), e);
        }
        return out;
    }

    static ServiceCatalog services() {
        List<ServiceType> types = new ArrayList<>();
        for (CSVRecord r : csv("service-types.csv")) {
            int standard = Integer.parseInt(r.get("standard_min")) * 60;
            int foot = r.isMapped("standard_min_foot") && !r.get("standard_min_foot").isBlank()
                    ? Integer.parseInt(r.get("standard_min_foot")) * 60 : standard;
            types.add(new ServiceType(r.get("id"), r.get("name_bg"), r.get("name_en"), standard,
                    Boolean.parseBoolean(r.get("every_settlement_must_reach")), Boolean.parseBoolean(r.get("mobile")), foot));
        }
        return new ServiceCatalog(types);
    }

    /** regions/CODE/facilities.csv, or empty when the region has no bundled facilities. */
    static Optional<List<Facility>> facilities(String regionCode) {
        String file = "regions/" + regionCode + "/facilities.csv";
        if (BundledFiles.class.getResource(ROOT + file) == null) return Optional.empty();
        List<Facility> out = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            out.add(new Facility(r.get("id"), r.get("name"), r.get("service"),
                    new GeoPoint(Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat"))),
                    r.get("capacity").isEmpty() ? 0 : Integer.parseInt(r.get("capacity")), r.get("municipality"),
                    FacilityStatus.parse(r.get("status")).orElseThrow(), Boolean.parseBoolean(r.get("illustrative"))));
        }
        return Optional.of(out);
    }

    private static List<CSVRecord> csv(String file) {
        try (Reader in = new InputStreamReader(open(file), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + file, e);
        }
    }

    /**
     * The bundled data's version: the first 12 hex digits of the sha256 of {@code settlements.csv} (settlements,
     * coordinates and every population column), recorded in every region's provenance.
     */
    static String dataVersion() {
        try (InputStream in = open("settlements.csv")) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled settlements.csv", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = BundledFiles.class.getResourceAsStream(ROOT + file);
        if (in == null) throw new IllegalStateException("bundled resource " + ROOT + file + " is missing from the classpath");
        return in;
    }
}
