-- Letters that go by post (no electronic consent, art. 2:14 Awb): each letter waits in the print queue until staff
-- have printed and posted it (docs/beheer.md, "Printwachtrij"). The letter itself stays in wmo_case_document; the
-- row keeps the address it was printed for (as the register had it then). Each document is queued once.
-- wmo_case_document.channel records how each letter went: 'email' or 'post' (null: not a letter to the provider).
-- Valid on H2 2.x and PostgreSQL 14-17.
CREATE TABLE wmo_print_queue (
    document_id        VARCHAR(36)  NOT NULL,
    case_number        VARCHAR(64)  NOT NULL,
    municipality_code  VARCHAR(6),
    kvk_number         VARCHAR(8),
    addressee          VARCHAR(200) NOT NULL,
    postal_street      VARCHAR(200),
    postal_code        VARCHAR(7),
    postal_city        VARCHAR(100),
    title              VARCHAR(300) NOT NULL,
    queued_at          TIMESTAMP    NOT NULL,
    posted_at          TIMESTAMP,
    posted_by          VARCHAR(64),
    CONSTRAINT pk_wmo_print_queue PRIMARY KEY (document_id),
    CONSTRAINT fk_wmo_print_queue_document FOREIGN KEY (document_id) REFERENCES wmo_case_document (id)
);

CREATE INDEX ix_wmo_print_queue_open ON wmo_print_queue (municipality_code, posted_at);

ALTER TABLE wmo_case_document ADD COLUMN channel VARCHAR(10);
