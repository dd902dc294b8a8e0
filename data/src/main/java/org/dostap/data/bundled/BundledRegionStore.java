package org.dostap.data.bundled;

import org.dostap.engine.population.ProjectedColumn;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled dataset (data/README.md) as a {@link RegionStore}: one region per province code (28), plus the
 * whole country under {@value #COUNTRY_CODE} via {@link #country()} / {@code findRegion("BG")} (not listed by
 * {@link #listRegions()}). Loaded lazily, once, from the classpath; thread-safe and immutable afterwards.
 * <p>Population columns, default first: {@code pop_2017, pop_2016, ..., pop_2002} (NSI residents on 31 December),
 * then {@code grao_permanent_2020, grao_current_2020} (GRAO registrations, June 2020: registrations, not residents),
 * then {@code proj_2030} (projected from 2002-2017, docs/projection.md; computed when a region is first asked for).
 * A settlement whose source lacks a year has no value in that column. The 3 register settlements without any known
 * coordinate are not in any region (see {@link #unlocatedSettlementIds()}).
 */
public final class BundledRegionStore implements RegionStore {
    public static final String COUNTRY_CODE = "BG";
    public static final List<String> POPULATION_COLUMNS = populationColumns();
    /** The projection horizon of the bundled population column {@link #PROJECTION_COLUMN}. */
    public static final int PROJECTION_HORIZON_YEAR = ProjectedColumn.DEFAULT_HORIZON_YEAR;
    /** {@code proj_2030}: each settlement's projected population (docs/projection.md), the last population column. */
    public static final String PROJECTION_COLUMN = ProjectedColumn.name(PROJECTION_HORIZON_YEAR);

    private static final String SOURCES = "NSI EKATTE register (05/10/2022, via tlubenov/bg-ekatte-lib); NSI population"
            + " 2002-2017 (via nikolovdeyan/Bulgaria-geocoding); GRAO registrations June 2020 (data-for-good-bg/GRAO-tables-processing, MIT);"
            + " coordinates and boundaries derived from OpenStreetMap, \u00a9 OpenStreetMap contributors, ODbL 1.0"
            + " (yurukov/Bulgaria-geocoding, nikolovdeyan/Bulgaria-geocoding); coordinate fixes in coordinate-fixes.csv.";
    private static final String ILLUSTRATIVE = " Facilities: ILLUSTRATIVE baseline, not real sites (a Community Support Centre in"
            + " every municipal seat, a Crisis Centre and a rehabilitation centre in the provincial seat; capacities by population).";

    private record Loaded(Map<String, RegionData> regions, RegionData country, List<String> unlocated, Envelope extent) { }

    private volatile Loaded loaded;
    /** Regions with their projection column, computed on first use (a projection takes a moment per province). */
    private final Map<String, RegionData> projected = new ConcurrentHashMap<>();

    @Override
    public List<RegionInfo> listRegions() {
        return data().regions().values().stream().map(r -> new RegionInfo(r.code(), r.nameBg(), r.nameEn(),
                r.settlements().size(), r.municipalities().size(), r.anyIllustrativeFacility())).toList();
    }

    /** A province by code (e.g. {@code SML}, case-insensitive), or the country for {@code BG}. */
    @Override
    public Optional<RegionData> findRegion(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals(COUNTRY_CODE)) return Optional.of(projectedCountry());
        RegionData base = data().regions().get(c);
        return base == null ? Optional.empty() : Optional.of(projected.computeIfAbsent(c, k -> ProjectedColumn.add(base, PROJECTION_HORIZON_YEAR)));
    }

    /**
     * Whether {@code code} names a province or the country; true while the bundled files are not read yet (reading
     * them is heavy work, for the caller to place).
     */
    @Override
    public boolean mayHold(String code) {
        Loaded d = loaded;
        if (d == null) return true;
        if (code == null) return false;
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.equals(COUNTRY_CODE) || d.regions().containsKey(c);
    }

    /**
     * All of Bulgaria as one region (code BG): 5,253 located settlements, 265 municipalities, every bundled facility;
     * without the projection column (cheap: for boundaries and lists). {@code findRegion("BG")} has it too.
     */
    public RegionData country() { return data().country(); }

    /** The country with {@code proj_2030}: each province's own projection, so the country total is the sum of the provinces. */
    private RegionData projectedCountry() {
        RegionData done = projected.get(COUNTRY_CODE);
        if (done != null) return done;
        Map<String, Long> values = new HashMap<>();
        for (String code : data().regions().keySet())   // no nested computeIfAbsent: the provinces first, then the country
            findRegion(code).orElseThrow().settlements().forEach(st -> st.findPopulation(PROJECTION_COLUMN)
                    .ifPresent(v -> values.put(st.id(), (long) v)));
        projected.putIfAbsent(COUNTRY_CODE, ProjectedColumn.with(data().country(), PROJECTION_COLUMN, values));
        return projected.get(COUNTRY_CODE);
    }

    /** The bounding box of the 28 province boundaries (lon/lat), e.g. to validate user coordinates. */
    public Envelope countryExtent() { return new Envelope(data().extent()); }

    /** EKATTE codes of register settlements that no source locates (they are in settlements.csv without lon/lat). */
    public List<String> unlocatedSettlementIds() { return data().unlocated(); }

    private Loaded data() {
        Loaded d = loaded;
        if (d == null) {
            synchronized (this) {
                d = loaded;
                if (d == null) loaded = d = load();
            }
        }
        return d;
    }

    private static Loaded load() {
        BundledFiles.SettlementTable table = BundledFiles.settlements(POPULATION_COLUMNS);
        List<AdminArea> municipalities = BundledFiles.areas("municipalities.geojson");
        List<AdminArea> provinces = BundledFiles.areas("provinces.geojson");
        ServiceCatalog services = BundledFiles.services();
        String sources = SOURCES + " Data version " + BundledFiles.dataVersion() + " (sha256 of settlements.csv).";
        Map<String, RegionData> regions = new LinkedHashMap<>();
        List<Facility> allFacilities = new ArrayList<>();
        Envelope extent = new Envelope();
        for (AdminArea p : provinces) {
            extent.expandToInclude(p.boundary().getEnvelopeInternal());
            List<Settlement> settlements = table.located().stream().filter(s -> s.province().equals(p.code())).toList();
            List<AdminArea> muns = municipalities.stream().filter(m -> m.parentCode().equals(p.code())).toList();
            Optional<List<Facility>> facilities = BundledFiles.facilities(p.code());
            facilities.ifPresent(allFacilities::addAll);
            String provenance = "Bundled data for province " + p.code() + ". " + sources
                    + (facilities.isPresent() ? ILLUSTRATIVE : " No facilities are bundled for this region.");
            regions.put(p.code(), new RegionData(p.code(), p.nameBg(), p.nameEn(), settlements, facilities.orElse(List.of()),
                    muns, Optional.of(p), services, POPULATION_COLUMNS, provenance));
        }
        RegionData country = new RegionData(COUNTRY_CODE, "България", "Bulgaria", table.located(), allFacilities,
                municipalities, Optional.empty(), services, POPULATION_COLUMNS,
                "Bundled data for all of Bulgaria. " + sources + (allFacilities.isEmpty() ? "" : ILLUSTRATIVE));
        return new Loaded(java.util.Collections.unmodifiableMap(regions),
                country, List.copyOf(table.unlocatedIds()), extent);
    }

    private static List<String> populationColumns() {
        List<String> columns = new ArrayList<>();
        for (int year = 2017; year >= 2002; year--) columns.add("pop_" + year);
        columns.add("grao_permanent_2020");
        columns.add("grao_current_2020");
        return List.copyOf(columns);
    }
}
