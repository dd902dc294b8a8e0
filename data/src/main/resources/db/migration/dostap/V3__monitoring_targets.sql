-- Monitoring targets kept with a saved scenario (issue 14): per area (the region's code or a municipality's code) and
-- service type, the share of the population that should live within the service's standard. They go with the scenario.
CREATE TABLE scenario_target (
    scenario_id  text NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    area_code    text NOT NULL CHECK (area_code <> ''),
    service_type text NOT NULL CHECK (service_type <> ''),
    share_within double precision NOT NULL CHECK (share_within >= 0 AND share_within <= 1),
    PRIMARY KEY (scenario_id, area_code, service_type)
);
