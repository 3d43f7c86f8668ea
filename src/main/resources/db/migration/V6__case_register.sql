-- The case register: every case number the platform issued, bound to the municipality (tenant) it was issued for,
-- and the process instances that belong to it (the instance that drew the number, a publication of the same case).
-- A case is read only through this binding: an instance of another municipality that carries the same business key
-- is not part of the case (docs/security/tenancy.md). Valid on H2 2.x and PostgreSQL 14-17.
CREATE TABLE wmo_case (
    case_number        VARCHAR(64) NOT NULL,
    municipality_code  VARCHAR(6)  NOT NULL,
    process_key        VARCHAR(64) NOT NULL,
    created_at         TIMESTAMP   NOT NULL,
    CONSTRAINT pk_wmo_case PRIMARY KEY (case_number)
);

CREATE TABLE wmo_case_instance (
    process_instance_id  VARCHAR(64) NOT NULL,
    case_number          VARCHAR(64) NOT NULL,
    municipality_code    VARCHAR(6)  NOT NULL,
    process_key          VARCHAR(64) NOT NULL,
    CONSTRAINT pk_wmo_case_instance PRIMARY KEY (process_instance_id),
    CONSTRAINT fk_wmo_case_instance_case FOREIGN KEY (case_number) REFERENCES wmo_case (case_number)
);

CREATE INDEX ix_wmo_case_instance_case ON wmo_case_instance (case_number);
CREATE INDEX ix_wmo_case_document_case_tenant ON wmo_case_document (case_number, municipality_code);
