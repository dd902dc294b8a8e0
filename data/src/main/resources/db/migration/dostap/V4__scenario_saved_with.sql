-- What a scenario was last saved with (docs/web.md, "provenance"): the software version and git commit, and the region's
-- data provenance (naming the bundled data's version). Scenarios saved before this migration keep '' (not recorded).
ALTER TABLE scenario ADD COLUMN software_version text NOT NULL DEFAULT '';
ALTER TABLE scenario ADD COLUMN git_commit text NOT NULL DEFAULT '';
ALTER TABLE scenario ADD COLUMN data_provenance text NOT NULL DEFAULT '';
