-- The idempotency key of a report is its sender plus the sender's reference: another sender's equal reference is
-- another report. report_hash is a digest of the report's fields, so a repeat (same key, same report) is told apart
-- from a conflict (same key, different report: 409). case_number is filled once the case has its number, so a
-- duplicate that waits on the key never draws a number. Rows from before this version keep sender '-'.
-- Valid on H2 2.x and PostgreSQL 14-17.
ALTER TABLE wmo_intake_report ADD COLUMN sender VARCHAR(64) DEFAULT '-' NOT NULL;
ALTER TABLE wmo_intake_report ADD COLUMN report_hash VARCHAR(64);
ALTER TABLE wmo_intake_report DROP CONSTRAINT pk_wmo_intake_report;
ALTER TABLE wmo_intake_report ADD CONSTRAINT pk_wmo_intake_report PRIMARY KEY (process_key, sender, reference);
ALTER TABLE wmo_intake_report ALTER COLUMN case_number DROP NOT NULL;
