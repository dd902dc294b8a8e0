package org.dostap.engine.store;

import org.dostap.engine.scenario.ScenarioEdit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved scenario: a named list of edits to a region's baseline, with an optimistic-locking
 * version (1 on creation, +1 on every update), author and timestamps, and what it was last saved with (software and
 * data versions).
 */
public record Scenario(String id, String name, String regionCode, List<ScenarioEdit> edits, long version,
                       String author, Instant createdAt, Instant updatedAt, SavedWith savedWith) {
    /** A scenario whose software and data versions were not recorded. */
    public Scenario(String id, String name, String regionCode, List<ScenarioEdit> edits, long version, String author,
                    Instant createdAt, Instant updatedAt) {
        this(id, name, regionCode, edits, version, author, createdAt, updatedAt, SavedWith.UNKNOWN);
    }

    public Scenario {
        savedWith = savedWith == null ? SavedWith.UNKNOWN : savedWith;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
        edits = List.copyOf(edits);
        author = author == null ? "" : author;
    }
}
