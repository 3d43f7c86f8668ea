-- Active publication (openbaarmaking) of final supervision reports, one per case. A row is made when the
-- publication process starts (so a second start for the same case finds it) and follows the process:
-- VOORBEREIDING -> OPGESCHORT (a court is asked to stop it) -> GEPUBLICEERD or NIET_GEPUBLICEERD.
-- The public listing shows GEPUBLICEERD rows only, with their publication version (document_id), which
-- holds no personal data of clients or staff. Valid on H2 2.x and PostgreSQL 14-17.
CREATE TABLE wmo_publication (
    id                        VARCHAR(36)  NOT NULL,
    case_number               VARCHAR(64)  NOT NULL,
    municipality_code         VARCHAR(6)   NOT NULL,
    municipality_name         VARCHAR(100) NOT NULL,
    provider_name             VARCHAR(200) NOT NULL,
    provider_kvk_number       VARCHAR(8),
    title                     VARCHAR(300),
    status                    VARCHAR(20)  NOT NULL,
    process_instance_id       VARCHAR(64)  NOT NULL,
    final_report_document_id  VARCHAR(36),
    document_id               VARCHAR(36),
    publication_date          DATE,
    published_at              TIMESTAMP,
    created_at                TIMESTAMP    NOT NULL,
    status_changed_at         TIMESTAMP    NOT NULL,
    CONSTRAINT pk_wmo_publication PRIMARY KEY (id),
    CONSTRAINT uq_wmo_publication_case UNIQUE (case_number),
    CONSTRAINT fk_wmo_publication_document FOREIGN KEY (document_id) REFERENCES wmo_case_document (id),
    CONSTRAINT ck_wmo_publication_status
        CHECK (status IN ('VOORBEREIDING', 'OPGESCHORT', 'GEPUBLICEERD', 'NIET_GEPUBLICEERD')),
    CONSTRAINT ck_wmo_publication_published
        CHECK (status <> 'GEPUBLICEERD' OR (document_id IS NOT NULL AND published_at IS NOT NULL
            AND publication_date IS NOT NULL))
);

CREATE INDEX ix_wmo_publication_status ON wmo_publication (status, publication_date);
