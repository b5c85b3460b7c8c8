-- User names, plan codes and unit codes are identifiers compared byte for byte. Under utf8mb4_unicode_ci
-- "Admin", "admin" and "ádmin" were one user name, "vhxh" matched unit VHXH and "VHXH " (PAD SPACE) too.
-- utf8mb4_nopad_bin compares the exact characters and does not ignore trailing spaces. Every column that holds
-- them and takes part in a lookup or a join changes, lists of unit codes (FIND_IN_SET) included, so that no
-- comparison mixes the two collations. New tables holding such codes must declare the same collation
-- (ExactNamesTests checks every column of these names).

ALTER TABLE console_user
  MODIFY username  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  MODIFY plan_code VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY unit_code VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

ALTER TABLE plan
  MODIFY code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE plan_version
  MODIFY consolidating_unit VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE plan_unit
  MODIFY code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE indicator
  MODIFY responsible    VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  MODIFY reporting_unit VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE task
  MODIFY lead_units         VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  MODIFY reporting_unit     VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  MODIFY coordinating_units VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

ALTER TABLE submission
  MODIFY unit_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE submission_receipt
  MODIFY plan_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY unit_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

ALTER TABLE unit_api_token
  MODIFY plan_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  MODIFY unit_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE report_indicator_result
  MODIFY responsible VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE report_task_result
  MODIFY lead_units VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE report_unit_status
  MODIFY unit_code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
