package org.dostap.web.export;

import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.HashMap;
import java.util.Map;

/** Names beside codes: municipality (in the sheet's language), facility, settlement. */
final class Names {
    private final Map<String, AdminArea> municipalities = new HashMap<>();
    private final Map<String, String> facilities = new HashMap<>();
    private final Map<String, Settlement> settlements;
    private final SheetLanguage lang;

    Names(RegionData region, SheetLanguage lang) {
        this.lang = lang;
        region.municipalities().forEach(a -> municipalities.put(a.code(), a));
        for (Facility f : region.facilities()) facilities.put(f.id(), f.name());
        settlements = region.settlementsById();
    }

    String municipality(String code) {
        AdminArea a = code == null ? null : municipalities.get(code);
        if (a == null) return null;
        return lang == SheetLanguage.EN && a.nameEn() != null && !a.nameEn().isBlank() ? a.nameEn() : a.nameBg();
    }

    /** A facility's name, else (optimization sites are settlements too) the settlement's. */
    String site(String id) {
        if (id == null) return null;
        String f = facilities.get(id);
        if (f != null) return f;
        Settlement s = settlements.get(id);
        return s == null ? null : s.name();
    }
}
