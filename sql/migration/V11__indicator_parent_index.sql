-- The report judges only leaf indicators ("no indicator has this one as parent"): without this index that
-- check read every indicator of the plan version once per indicator.
CREATE INDEX indicator_parent_idx ON indicator (plan_version_id, parent_code);
