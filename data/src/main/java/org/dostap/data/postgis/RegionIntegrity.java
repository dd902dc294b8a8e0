package org.dostap.data.postgis;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.HashSet;
import java.util.Set;

/**
 * What the database's keys would refuse, checked before anything is written so that every problem is reported at
 * once (not the first constraint violation): duplicate ids, unknown service types, undeclared population columns,
 * negative populations.
 */
final class RegionIntegrity {
    private RegionIntegrity() {}

    /** @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every problem */
    static void check(RegionData r, String settlementsSource, String facilitiesSource) {
        ProblemCollector problems = new ProblemCollector();
        Set<String> columns = new HashSet<>(r.populationColumns());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.settlements().size(); i++) {
            Settlement s = r.settlements().get(i);
            int row = i + 1;
            if (s.id().isBlank()) problems.cell(settlementsSource, row, "id", "settlement id is empty");
            else if (!seen.add(s.id())) problems.cell(settlementsSource, row, "id", "duplicate settlement id '" + s.id() + "'");
            s.populationByColumn().forEach((column, value) -> {
                if (!columns.contains(column))
                    problems.cell(settlementsSource, row, column, "population column '" + column + "' is not one of the region's"
                            + " columns " + r.populationColumns());
                else if (value < 0) problems.cell(settlementsSource, row, column, "population must not be negative, got " + value);
            });
        }
        seen.clear();
        for (int i = 0; i < r.facilities().size(); i++) {
            Facility f = r.facilities().get(i);
            int row = i + 1;
            if (f.id().isBlank()) problems.cell(facilitiesSource, row, "id", "facility id is empty");
            else if (!seen.add(f.id())) problems.cell(facilitiesSource, row, "id", "duplicate facility id '" + f.id() + "'");
            if (r.services().find(f.serviceType()).isEmpty())
                problems.cell(facilitiesSource, row, "service", "unknown service type '" + f.serviceType() + "'; known: "
                        + r.services().list().stream().map(t -> t.id()).toList());
        }
        seen.clear();
        for (AdminArea m : r.municipalities())
            if (!seen.add(m.code())) problems.cell("municipalities", 0, "code", "duplicate municipality code '" + m.code() + "'");
        problems.throwIfAny();
    }
}
