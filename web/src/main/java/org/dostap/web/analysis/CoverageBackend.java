package org.dostap.web.analysis;

import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * INTERIM adapter over the travel-time provider until the engine's coverage services land: the only class
 * in {@code web} that computes coverage numbers. Caches one travel-time column per facility location.
 */
final class CoverageBackend {
    private static final int SEARCH_LIMIT_SECONDS = 3 * 60 * 60;
    private static final int MAX_CACHE_ENTRIES = 20_000;
    private final TravelTimeProvider travelTimes;
    private final Map<String, OriginSet> originsByRegion = new ConcurrentHashMap<>();
    private final Map<String, int[]> columns = new ConcurrentHashMap<>();
    private final Map<String, Geometry> catchments = new ConcurrentHashMap<>();

    CoverageBackend(TravelTimeProvider travelTimes) { this.travelTimes = travelTimes; }

    TravelTimeProvider travelTimes() { return travelTimes; }

    CoverageView evaluate(CoverageQuery query, RegionData region) {
        OriginSet origins = origins(region);
        List<Facility> facilities = region.facilitiesOf(query.serviceType());
        List<int[]> cols = facilities.stream().map(f -> column(region, origins, f)).toList();
        List<SettlementAccess> out = new ArrayList<>(region.settlements().size());
        for (int i = 0; i < region.settlements().size(); i++) {
            Settlement s = region.settlements().get(i);
            boolean connected = origins.access(i).connected();
            int best = TravelTimeMatrix.UNREACHABLE;
            String bestId = "";
            for (int f = 0; f < cols.size(); f++) {
                int t = cols.get(f)[i];
                if (t < best) { best = t; bestId = facilities.get(f).id(); }
            }
            out.add(new SettlementAccess(s, s.population(query.populationColumn()), best, bestId, connected,
                    best != TravelTimeMatrix.UNREACHABLE && best <= query.thresholdSeconds()));
        }
        Map<String, List<SettlementAccess>> byMunicipality = new LinkedHashMap<>();
        region.municipalities().forEach(m -> byMunicipality.put(m.code(), new ArrayList<>()));
        out.forEach(a -> byMunicipality.computeIfAbsent(a.settlement().municipality(), k -> new ArrayList<>()).add(a));
        List<AreaCoverage> areas = new ArrayList<>();
        byMunicipality.forEach((code, list) -> {
            AdminArea m = region.municipalities().stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
            areas.add(total(code, m == null ? code : m.nameBg(), m == null ? code : m.nameEn(), list));
        });
        AreaCoverage total = total(region.code(), region.nameBg(), region.nameEn(), out);
        return new CoverageView(query, region, out, total, areas, travelTimes.source().label(), travelTimes.description());
    }

    ServiceAccess nearest(RegionData region, int settlementIndex, ServiceType service) {
        OriginSet origins = origins(region);
        Facility best = null;
        int bestSeconds = TravelTimeMatrix.UNREACHABLE;
        for (Facility f : region.facilitiesOf(service.id())) {
            int t = column(region, origins, f)[settlementIndex];
            if (t < bestSeconds) { bestSeconds = t; best = f; }
        }
        return new ServiceAccess(service, java.util.Optional.ofNullable(best), bestSeconds);
    }

    PointAccess access(RegionData region, int settlementIndex) { return origins(region).access(settlementIndex); }

    Geometry catchment(Facility facility, int thresholdSeconds) {
        String key = String.format(Locale.ROOT, "%.6f,%.6f,%d", facility.location().lon(), facility.location().lat(), thresholdSeconds);
        if (catchments.size() > MAX_CACHE_ENTRIES) catchments.clear();
        return catchments.computeIfAbsent(key, k -> travelTimes.catchmentPolygon(facility.location(), TravelMode.CAR, thresholdSeconds));
    }

    private OriginSet origins(RegionData region) {
        return originsByRegion.computeIfAbsent(region.code(), c -> travelTimes.prepareOrigins(
                region.settlements().stream().map(Settlement::location).toList(), TravelMode.CAR));
    }

    private int[] column(RegionData region, OriginSet origins, Facility f) {
        String key = String.format(Locale.ROOT, "%s|%.6f,%.6f", region.code(), f.location().lon(), f.location().lat());
        if (columns.size() > MAX_CACHE_ENTRIES) columns.clear();
        return columns.computeIfAbsent(key, k -> travelTimes.travelTimesSecondsTo(origins, f.location(), TravelMode.CAR, SEARCH_LIMIT_SECONDS));
    }

    private static AreaCoverage total(String code, String nameBg, String nameEn, List<SettlementAccess> list) {
        long population = 0, covered = 0, weightedSeconds = 0, reachedPopulation = 0;
        int coveredSettlements = 0, notConnected = 0;
        for (SettlementAccess a : list) {
            population += a.population();
            if (a.covered()) { covered += a.population(); coveredSettlements++; }
            if (!a.connected()) notConnected++;
            if (a.reachable()) { weightedSeconds += (long) a.travelTimeSeconds() * a.population(); reachedPopulation += a.population(); }
        }
        double mean = reachedPopulation == 0 ? Double.NaN : (double) weightedSeconds / reachedPopulation;
        return new AreaCoverage(code, nameBg, nameEn, list.size(), population, coveredSettlements, covered, notConnected, mean);
    }
}
