package org.dostap.data.importer;

import org.dostap.data.importer.RawBoundaries.Boundary;
import org.dostap.data.importer.RawRegister.RegisterArea;
import org.dostap.data.importer.RawRegister.RegisterSettlement;
import org.dostap.data.importer.RawTables.Registrations;
import org.dostap.engine.common.GeoPoint;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer-run program that builds the bundled dataset from the raw sources (see data/README.md):
 * <pre>java -cp ... org.dostap.data.importer.BundledDataImporter raw=/path/to/raw out=data/src/main/resources/org/dostap/data/bundled [pilot=SML]</pre>
 * Deterministic: the same input gives byte-identical files (everything is sorted by code).
 */
public final class BundledDataImporter {
    static final String REGISTER = "tlubenov_bg-ekatte-lib";
    static final String LOCATIONS = "yurukov_Bulgaria-geocoding";
    static final String GEOCODING = "nikolovdeyan_Bulgaria-geocoding";
    static final String GRAO = "data-for-good-bg_GRAO-tables-processing";

    /** What a run produced, for the console and for tests. */
    public record Summary(int settlements, int municipalities, int provinces, int fixes,
                          List<String> outsideMunicipality, List<String> unlocated, int facilities) { }

    private BundledDataImporter() { }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) usage("argument '" + arg + "' is not key=value");
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        if (!a.containsKey("raw") || !a.containsKey("out")) usage("raw= and out= are required");
        run(Path.of(a.get("raw")), Path.of(a.get("out")), a.getOrDefault("pilot", "SML"), System.out);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: BundledDataImporter raw=DIR out=DIR [pilot=SML]");
        System.exit(2);
    }

    /** Reads {@code raw} (the per-repository folders of SOURCES.md) and writes the bundled files into {@code out}. */
    public static Summary run(Path raw, Path out, String pilotProvince, PrintStream log) throws IOException {
        Map<String, RegisterSettlement> register = RawRegister.settlements(raw.resolve(REGISTER).resolve("ek_atte.json"));
        Map<String, RegisterArea> munRegister = RawRegister.municipalities(raw.resolve(REGISTER).resolve("ek_obst.json"));
        Map<String, RegisterArea> provRegister = RawRegister.provinces(raw.resolve(REGISTER).resolve("ek_obl.json"));
        Map<String, GeoPoint> locations = RawTables.locations(raw.resolve(LOCATIONS).resolve("settlements_loc.csv"));
        Map<String, Map<Integer, Integer>> population = RawTables.populationByYear(raw.resolve(GEOCODING).resolve("census_data_settlements.csv"));
        Map<String, Registrations> grao = RawTables.registrations(raw.resolve(GRAO).resolve("grao_data_06_2020.csv"));
        Map<String, Boundary> munBounds = RawBoundaries.read(raw.resolve(GEOCODING).resolve("municipalities.geojson"), "LAU_CODE");
        Map<String, Boundary> provBounds = RawBoundaries.read(raw.resolve(GEOCODING).resolve("provinces.geojson"), "PROVINCE_CODE");
        Map<String, Boundary> grounds = RawBoundaries.read(raw.resolve(GEOCODING).resolve("grounds.geojson"), "EKATTE_ID");
        log.printf("read %d register settlements, %d municipalities, %d provinces; %d coordinates, %d population rows, %d GRAO rows%n",
                register.size(), munRegister.size(), provRegister.size(), locations.size(), population.size(), grao.size());
        reportUnmatched(log, "settlements_loc.csv", locations.keySet(), register);
        reportUnmatched(log, "census_data_settlements.csv", population.keySet(), register);
        reportUnmatched(log, "grao_data_06_2020.csv", grao.keySet(), register);

        CoordinateFixer.Result coords = CoordinateFixer.apply(register, locations, munBounds, grounds);
        Files.createDirectories(out);
        BundledFileWriter.writeSettlements(out.resolve("settlements.csv"), register, coords, population, grao);
        BundledFileWriter.writeFixes(out.resolve("coordinate-fixes.csv"), coords.fixes());
        BundledFileWriter.writeAreas(out.resolve("municipalities.geojson"), munRegister, munBounds, true);
        BundledFileWriter.writeAreas(out.resolve("provinces.geojson"), provRegister, provBounds, false);
        BundledFileWriter.writeServiceTypes(out.resolve("service-types.csv"));
        int facilities = writePilotFacilities(out, pilotProvince, register, munRegister, provRegister, coords, population);

        log.printf("coordinate fixes: %d (see coordinate-fixes.csv)%n", coords.fixes().size());
        for (CoordinateFixer.Fix f : coords.fixes()) log.printf("  %s %s: %s%n", f.id(), f.name(), f.why());
        log.printf("settlements outside their municipality polygon after fixes: %d%n", coords.outsideMunicipality().size());
        for (CoordinateFixer.Outside o : coords.outsideMunicipality())
            log.printf(java.util.Locale.ROOT, "  %s %s: %.0f m outside %s%s%n", o.id(), o.name(), o.distanceMetres(), o.municipality(),
                    o.hasLandArea() ? "" : " (no land area of its own in grounds.geojson)");
        log.printf("settlements without any known coordinate: %d %s%n", coords.unlocated().size(), coords.unlocated());
        log.printf("wrote %d settlements, %d municipalities, %d provinces, %d illustrative facilities to %s%n",
                register.size(), munRegister.size(), provRegister.size(), facilities, out);
        return new Summary(register.size(), munRegister.size(), provRegister.size(), coords.fixes().size(),
                coords.outsideMunicipality().stream().map(CoordinateFixer.Outside::id).toList(), coords.unlocated(), facilities);
    }

    private static int writePilotFacilities(Path out, String pilot, Map<String, RegisterSettlement> register,
                                            Map<String, RegisterArea> munRegister, Map<String, RegisterArea> provRegister,
                                            CoordinateFixer.Result coords, Map<String, Map<Integer, Integer>> population) throws IOException {
        RegisterArea province = provRegister.get(pilot);
        if (province == null) return 0;
        Map<String, RegisterArea> municipalities = new TreeMap<>();
        munRegister.forEach((code, m) -> { if (code.startsWith(pilot)) municipalities.put(code, m); });
        Map<String, Integer> munPopulation = new TreeMap<>();
        Map<String, String> munOfSettlement = new LinkedHashMap<>();
        for (RegisterSettlement s : register.values()) {
            munOfSettlement.put(s.id(), s.municipality());
            Integer p = population.getOrDefault(s.id(), Map.of()).get(RawTables.LAST_YEAR);
            if (p != null) munPopulation.merge(s.municipality(), p, Integer::sum);
        }
        List<IllustrativeFacilityRule.FacilityRow> rows = IllustrativeFacilityRule.derive(province, municipalities,
                munPopulation, coords.points(), munOfSettlement);
        Path dir = out.resolve("regions").resolve(pilot);
        Files.createDirectories(dir);
        BundledFileWriter.writeFacilities(dir.resolve("facilities.csv"), rows);
        return rows.size();
    }

    private static void reportUnmatched(PrintStream log, String file, java.util.Set<String> ids, Map<String, RegisterSettlement> register) {
        List<String> unknown = ids.stream().filter(id -> !register.containsKey(id)).sorted().toList();
        long missing = register.keySet().stream().filter(id -> !ids.contains(id)).count();
        log.printf("%s: %d codes not in the current register (ignored), %d register settlements absent%n", file, unknown.size(), missing);
    }
}
