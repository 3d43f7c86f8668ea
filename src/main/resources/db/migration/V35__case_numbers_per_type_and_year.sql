-- Case numbers run per prefix and year (cases/CaseNumbers, docs/api.md "Case numbers"): one sequence per prefix and
-- year, wmo_case_seq_<prefix>_<year>, created by the application when first needed and starting after the highest
-- number of its prefix and year in wmo_case, so numbers issued from the old region-wide sequence are not issued
-- again. That sequence is no longer used. Valid on H2 2.x and PostgreSQL 14-17.
DROP SEQUENCE IF EXISTS wmo_case_number_seq;
