-- Case numbers run per kind of case and year (CAL-2026-00001, SIG-2026-00001, ...): one counter row per prefix
-- and year, incremented under its row lock (cases/CaseNumbers). The region-wide sequence wmo_case_number_seq of V1
-- is no longer drawn from; numbers issued before stay as they are, and a counter created in the year of the upgrade
-- counts on from the highest number of its kind issued that year (no number twice).
CREATE TABLE wmo_case_number_counter (
  prefix      VARCHAR(16) NOT NULL,
  case_year   INTEGER     NOT NULL,
  last_number BIGINT      NOT NULL,
  CONSTRAINT pk_wmo_case_number_counter PRIMARY KEY (prefix, case_year)
);
