package org.dostap.web.http.scenario;

import org.dostap.engine.store.SavedWith;
import org.dostap.engine.store.Scenario;
import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * A saved scenario as JSON; {@code version} is what an update or delete must send back; {@code savedWith} the software
 * version, git commit and region data it was last saved with (empty texts: saved before they were recorded).
 */
public record ScenarioJson(String id, String name, String region, long version, String author, String createdAt,
                           String updatedAt, int editCount, List<EditJson> edits, SavedWith savedWith) {
    static ScenarioJson from(Scenario s, boolean withEdits) {
        return new ScenarioJson(s.id(), s.name(), s.regionCode(), s.version(), s.author(),
                s.createdAt() == null ? null : s.createdAt().toString(), s.updatedAt() == null ? null : s.updatedAt().toString(),
                s.edits().size(), withEdits ? s.edits().stream().map(EditJson::from).toList() : null, s.savedWith());
    }

    /** Body of create (no version) and update (version required). */
    public record WriteJson(String name, List<EditJson> edits, Long version, String author) {
        static final WriteJson EMPTY = new WriteJson(null, null, null, null);
    }
}
