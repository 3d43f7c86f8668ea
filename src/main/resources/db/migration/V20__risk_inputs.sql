-- Inputs of the risk analysis (docs/risicoanalyse.md) that no other table holds.
-- wmo_provider_service: which kinds of service a provider delivers in the region, since when, to how many clients,
-- and the latest client-experience score where one was measured.
-- wmo_inspection_result: the outcome of every visit of a quality inspection (kwaliteitsonderzoek): when, and the
-- judgement per theme; it feeds the next risk analysis (months since the last visit, themes not met) and the
-- annual plan's realisation. Valid on H2 2.x and PostgreSQL 14-17.
CREATE TABLE wmo_provider_service (
    kvk_number               VARCHAR(8)    NOT NULL,
    service_kind             VARCHAR(20)   NOT NULL,
    clients                  INT           NOT NULL,
    active_since             DATE          NOT NULL,
    client_experience_score  NUMERIC(3, 1),
    CONSTRAINT pk_wmo_provider_service PRIMARY KEY (kvk_number, service_kind),
    CONSTRAINT fk_wmo_provider_service_provider FOREIGN KEY (kvk_number) REFERENCES wmo_provider (kvk_number),
    CONSTRAINT ck_wmo_provider_service_kind
        CHECK (service_kind IN ('beschermdWonen', 'begeleiding', 'dagbesteding', 'pgb')),
    CONSTRAINT ck_wmo_provider_service_clients CHECK (clients >= 0),
    CONSTRAINT ck_wmo_provider_service_score
        CHECK (client_experience_score IS NULL OR (client_experience_score >= 1 AND client_experience_score <= 10))
);

CREATE TABLE wmo_inspection_result (
    case_number           VARCHAR(40)  NOT NULL,
    kvk_number            VARCHAR(8)   NOT NULL,
    service_kind          VARCHAR(20)  NOT NULL,
    purchasing_region     VARCHAR(40)  NOT NULL,
    municipality_code     VARCHAR(6)   NOT NULL,
    plan_year             INT,
    planned_month         INT,
    visited_on            DATE         NOT NULL,
    judgement_client      VARCHAR(16)  NOT NULL,
    judgement_professional VARCHAR(16) NOT NULL,
    judgement_safety      VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_wmo_inspection_result PRIMARY KEY (case_number),
    CONSTRAINT ck_wmo_inspection_result_judgements CHECK (
        judgement_client IN ('voldoet', 'voldoetDeels', 'voldoetNiet')
        AND judgement_professional IN ('voldoet', 'voldoetDeels', 'voldoetNiet')
        AND judgement_safety IN ('voldoet', 'voldoetDeels', 'voldoetNiet')),
    CONSTRAINT ck_wmo_inspection_result_month CHECK (planned_month IS NULL OR planned_month BETWEEN 1 AND 12)
);

CREATE INDEX ix_wmo_inspection_result_provider ON wmo_inspection_result (kvk_number, visited_on);
CREATE INDEX ix_wmo_inspection_result_plan ON wmo_inspection_result (purchasing_region, plan_year);
