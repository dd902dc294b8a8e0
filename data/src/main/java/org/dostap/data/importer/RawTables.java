package org.dostap.data.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dostap.engine.common.GeoPoint;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Reads the raw CSV sources: coordinates (yurukov), NSI population per year (nikolovdeyan), GRAO 2020. */
final class RawTables {
    static final int FIRST_YEAR = 2002;
    static final int LAST_YEAR = 2017;

    /** GRAO registrations of June 2020 at a permanent and at a current address. */
    record Registrations(int permanent, int current) { }

    private RawTables() { }

    /** settlements_loc.csv: ekatte → point from the {@code geo} column ("lon,lat"). */
    static Map<String, GeoPoint> locations(Path file) throws IOException {
        Map<String, GeoPoint> out = new TreeMap<>();
        for (CSVRecord r : parse(file)) {
            String[] lonLat = r.get("geo").split(",");
            if (lonLat.length != 2) throw new IllegalStateException(file + " line " + r.getRecordNumber() + ": bad geo " + r.get("geo"));
            GeoPoint p = new GeoPoint(Double.parseDouble(lonLat[0].trim()), Double.parseDouble(lonLat[1].trim()));
            if (out.put(ekatte(r), p) != null) throw new IllegalStateException(file + ": duplicate ekatte " + ekatte(r));
        }
        return out;
    }

    /**
     * census_data_settlements.csv: ekatte → (year → population). A settlement renamed during 2002-2017 has
     * two rows (old and new name) with complementary years; they are merged. Two different values for the
     * same year would be an error (none occur).
     */
    static Map<String, Map<Integer, Integer>> populationByYear(Path file) throws IOException {
        Map<String, Map<Integer, Integer>> out = new TreeMap<>();
        for (CSVRecord r : parse(file)) {
            Map<Integer, Integer> years = out.computeIfAbsent(ekatte(r), k -> new TreeMap<>());
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                String v = r.get(String.valueOf(y)).trim();
                if (v.isEmpty()) continue;
                Integer old = years.put(y, Integer.parseInt(v));
                if (old != null && old != Integer.parseInt(v))
                    throw new IllegalStateException(file + ": ekatte " + ekatte(r) + " has " + old + " and " + v + " in " + y);
            }
        }
        return out;
    }

    /** grao_data_06_2020.csv: ekatte → registrations. */
    static Map<String, Registrations> registrations(Path file) throws IOException {
        Map<String, Registrations> out = new TreeMap<>();
        for (CSVRecord r : parse(file)) {
            Registrations g = new Registrations(Integer.parseInt(r.get("permanent_06_2020").trim()),
                    Integer.parseInt(r.get("current_06_2020").trim()));
            if (out.put(ekatte(r), g) != null) throw new IllegalStateException(file + ": duplicate ekatte " + ekatte(r));
        }
        return out;
    }

    private static String ekatte(CSVRecord r) {
        String id = r.get("ekatte").trim();
        if (!id.matches("\\d{5}")) throw new IllegalStateException("line " + r.getRecordNumber() + ": ekatte '" + id + "' is not 5 digits");
        return id;
    }

    private static Iterable<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }
}
