-- Road closures as scenario edits (kind 'close-roads'): a polygon (roads inside closed) or a line (roads it crosses
-- closed), an optional season and the road classes it is limited to (comma-separated OSM classes; NULL = all roads).
ALTER TABLE scenario_edit DROP CONSTRAINT scenario_edit_kind_check;
ALTER TABLE scenario_edit ADD CONSTRAINT scenario_edit_kind_check
    CHECK (kind IN ('add', 'move', 'close', 'capacity', 'close-roads'));
ALTER TABLE scenario_edit ADD COLUMN closure_geom geometry(Geometry, 4326);
ALTER TABLE scenario_edit ADD COLUMN season text;
ALTER TABLE scenario_edit ADD COLUMN road_classes text;
ALTER TABLE scenario_edit ADD CONSTRAINT scenario_edit_closure_check
    CHECK ((kind = 'close-roads') = (closure_geom IS NOT NULL)
       AND (closure_geom IS NULL OR GeometryType(closure_geom) IN ('POLYGON', 'MULTIPOLYGON', 'LINESTRING', 'MULTILINESTRING')));
