-- The indicator inputs of a report (selectIndicatorInputs) look up, per indicator, the first figure a plan ever
-- recorded, the last one before the year's data window and, for a review, the first one from the plan's year:
-- the plan's completed runs in data_to order (then id, which InnoDB appends to the index). Without this index
-- each lookup read every run of the plan through report_run_uk and sorted them (a filesort per indicator and
-- lookup); with it the runs are read in order and the first run with a figure ends the lookup.
CREATE INDEX report_run_history_idx ON report_run (plan_id, status, data_to);
