-- Case numbers (zaaknummers) and the idempotency register of incoming reports.
CREATE SEQUENCE wmo_case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE wmo_intake_report (
    process_key  VARCHAR(64)  NOT NULL,
    reference    VARCHAR(100) NOT NULL,
    case_number  VARCHAR(32)  NOT NULL,
    received_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_wmo_intake_report PRIMARY KEY (process_key, reference),
    CONSTRAINT uq_wmo_intake_report_case UNIQUE (case_number)
);
