package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.web.analysis.AreaChange;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.SettlementChange;

import java.util.ArrayList;
import java.util.List;

/** A scenario against its baseline: per municipality (and in total), the settlements that changed, provenance. */
public final class ComparisonWorkbook {
    private ComparisonWorkbook() { }

    public static List<Sheet> sheets(Comparison c, SheetLanguage lang) { return sheets(c, lang, null); }

    /** @param run the scenario's provenance, every field of it in the provenance sheet (null: the result's own only) */
    public static List<Sheet> sheets(Comparison c, SheetLanguage lang, org.dostap.web.analysis.RunProvenance run) {
        Names names = new Names(c.after().region(), lang);
        Table areas = new Table("comparison", lang, "code", "municipality_name", "population", "covered_population_before",
                "covered_population_after", "settlements_gained", "settlements_lost", "population_gained", "population_lost");
        List<AreaChange> all = new ArrayList<>(c.byMunicipality());
        all.add(c.total());
        for (AreaChange a : all) {
            String name = a == c.total() ? (lang == SheetLanguage.BG ? "Общо" : "Total") : names.municipality(a.after().code());
            areas.row(a.after().code(), name, a.after().population(), a.coveredPopulationBefore(), a.coveredPopulationAfter(),
                    a.settlementsGained(), a.settlementsLost(), a.populationGained(), a.populationLost());
        }
        Table changed = new Table("changed", lang, "settlement_id", "name", "municipality", "municipality_name", "population",
                "travel_time_min_before", "travel_time_min_after", "covered_before", "covered_after", "nearest_facility_after",
                "nearest_facility_name");
        for (SettlementChange s : c.changed())
            changed.row(s.settlement().id(), s.settlement().name(), s.settlement().municipality(), names.municipality(s.settlement().municipality()),
                    s.populationAfter(), CoverageWorkbook.minutes(s.before().travelTimeSeconds()), CoverageWorkbook.minutes(s.after().travelTimeSeconds()),
                    s.before().covered(), s.after().covered(), s.after().nearestFacilityId(), names.site(s.after().nearestFacilityId()));
        Sheet provenance = CoverageWorkbook.provenance(c.after().region(), c.after().result(), c.after().query().edits().size(), lang, run);
        return List.of(areas.sheet(), changed.sheet(), provenance);
    }
}
