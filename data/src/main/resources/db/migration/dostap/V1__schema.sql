-- Dostap schema, version 1. Geometries are EPSG:4326 with GIST indexes.
-- Tables are created in the schema Flyway migrates (default "dostap"); PostGIS lives in "public".
-- (a DO block rather than CREATE EXTENSION IF NOT EXISTS, which would print a notice on every start)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
        CREATE EXTENSION postgis SCHEMA public;
    END IF;
END
$$;

-- A planning region (a province, e.g. SML) as last imported.
CREATE TABLE region (
    code        text PRIMARY KEY CHECK (code <> ''),
    name_bg     text NOT NULL,
    name_en     text NOT NULL,
    provenance  text NOT NULL DEFAULT '',
    source      text NOT NULL DEFAULT '',          -- 'bundled' or the imported file names
    imported_at timestamptz NOT NULL DEFAULT now()
);

-- Population columns of a region, in preference order (ordinal 0 = default). year is parsed from the
-- name when it has one (pop_2017 -> 2017). A child table rather than jsonb: typed, checked (>= 0),
-- summable per municipality in SQL, and a population cannot name a column the region does not have.
CREATE TABLE population_column (
    region_code text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    name        text NOT NULL CHECK (name <> ''),
    ordinal     integer NOT NULL,
    year        integer,
    PRIMARY KEY (region_code, name),
    UNIQUE (region_code, ordinal)
);

CREATE TABLE province (
    region_code text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    code        text NOT NULL,
    name_bg     text NOT NULL,
    name_en     text NOT NULL,
    parent_code text NOT NULL DEFAULT '',       -- the country, e.g. BG
    seat_id     text NOT NULL DEFAULT '',
    boundary    geometry(Geometry, 4326)
        CHECK (boundary IS NULL OR GeometryType(boundary) IN ('POLYGON', 'MULTIPOLYGON')),
    PRIMARY KEY (region_code, code)
);
CREATE INDEX province_boundary_gix ON province USING GIST (boundary);

CREATE TABLE municipality (
    region_code   text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    code          text NOT NULL,
    name_bg       text NOT NULL,
    name_en       text NOT NULL,
    province_code text NOT NULL DEFAULT '',
    seat_id       text NOT NULL DEFAULT '',
    ordinal       integer NOT NULL,
    boundary      geometry(Geometry, 4326)
        CHECK (boundary IS NULL OR GeometryType(boundary) IN ('POLYGON', 'MULTIPOLYGON')),
    PRIMARY KEY (region_code, code)
);
CREATE INDEX municipality_boundary_gix ON municipality USING GIST (boundary);

-- Settlements (demand points). id is the EKATTE code as text (leading zeros kept) or the user's own id.
CREATE TABLE settlement (
    region_code  text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    id           text NOT NULL CHECK (id <> ''),
    name         text NOT NULL,
    name_en      text NOT NULL DEFAULT '',
    municipality text NOT NULL DEFAULT '',
    province     text NOT NULL DEFAULT '',
    kind         text NOT NULL DEFAULT '',
    ordinal      integer NOT NULL,
    geom         geometry(Point, 4326) NOT NULL,
    PRIMARY KEY (region_code, id)
);
CREATE INDEX settlement_geom_gix ON settlement USING GIST (geom);

CREATE TABLE settlement_population (
    region_code   text NOT NULL,
    settlement_id text NOT NULL,
    column_name   text NOT NULL,
    population    integer NOT NULL CHECK (population >= 0),
    PRIMARY KEY (region_code, settlement_id, column_name),
    FOREIGN KEY (region_code, settlement_id) REFERENCES settlement (region_code, id) ON DELETE CASCADE,
    FOREIGN KEY (region_code, column_name) REFERENCES population_column (region_code, name) ON DELETE CASCADE
);

-- Service types are data: a region may add its own. Standards in seconds.
CREATE TABLE service_type (
    region_code                 text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    id                          text NOT NULL CHECK (id <> ''),
    name_bg                     text NOT NULL,
    name_en                     text NOT NULL,
    standard_seconds            integer NOT NULL CHECK (standard_seconds > 0),
    every_settlement_must_reach boolean NOT NULL,
    mobile                      boolean NOT NULL,
    ordinal                     integer NOT NULL,
    PRIMARY KEY (region_code, id)
);

CREATE TABLE facility (
    region_code  text NOT NULL REFERENCES region (code) ON DELETE CASCADE,
    id           text NOT NULL CHECK (id <> ''),
    name         text NOT NULL,
    service_type text NOT NULL,
    capacity     integer NOT NULL CHECK (capacity >= 0),
    municipality text NOT NULL DEFAULT '',
    status       text NOT NULL CHECK (status IN ('existing', 'planned', 'candidate')),
    illustrative boolean NOT NULL,
    ordinal      integer NOT NULL,
    geom         geometry(Point, 4326) NOT NULL,
    PRIMARY KEY (region_code, id),
    FOREIGN KEY (region_code, service_type) REFERENCES service_type (region_code, id)
);
CREATE INDEX facility_geom_gix ON facility USING GIST (geom);

-- Imported road networks (the graph itself lives in the graph cache on disk).
CREATE TABLE road_network (
    id            bigserial PRIMARY KEY,
    region_code   text,
    file_name     text NOT NULL,
    file_date     timestamptz,
    size_bytes    bigint NOT NULL CHECK (size_bytes >= 0),
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    profile       text NOT NULL,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sha256, profile)
);

-- Saved scenarios. region_code is deliberately not a foreign key: re-importing or removing a region
-- must never delete a team's scenarios. version is the optimistic-locking counter.
CREATE TABLE scenario (
    id          text PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    region_code text NOT NULL,
    version     bigint NOT NULL CHECK (version >= 1),
    author      text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX scenario_region_idx ON scenario (region_code, created_at);

-- The edits of a scenario as rows, in order. Fields unused by a kind are null.
CREATE TABLE scenario_edit (
    scenario_id  text NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('add', 'move', 'close', 'capacity')),
    facility_id  text,
    name         text,
    service_type text,
    capacity     integer,
    municipality text,
    status       text CHECK (status IS NULL OR status IN ('existing', 'planned', 'candidate')),
    geom         geometry(Point, 4326),
    PRIMARY KEY (scenario_id, ordinal)
);

-- Stored results with their provenance, so they can be re-run and compared later.
-- scenario_id null = the baseline. The result itself is the JSON the API returned.
CREATE TABLE stored_result (
    id                 bigserial PRIMARY KEY,
    region_code        text NOT NULL,
    scenario_id        text REFERENCES scenario (id) ON DELETE CASCADE,
    scenario_version   bigint,
    kind               text NOT NULL,
    population_column  text NOT NULL,
    travel_time_source text NOT NULL,          -- 'road' or 'estimated'
    network_id         bigint REFERENCES road_network (id) ON DELETE SET NULL,
    network_label      text NOT NULL DEFAULT '',  -- e.g. file name and date, kept if the network row goes
    data_provenance    text NOT NULL DEFAULT '',
    software_version   text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    result             jsonb NOT NULL
);
CREATE INDEX stored_result_scenario_idx ON stored_result (region_code, scenario_id, created_at);
