-- The adopted annual plans of the purchasing regions (process jaarplan, docs/processen/jaarplan.md): one row per
-- planned inspection, with the month it is scheduled in, the case number of its inspection once started and
-- whether its visit slipped past that month. Read by the plan's realisation. Valid on H2 2.x and PostgreSQL 14-17.
CREATE TABLE wmo_annual_plan_item (
    purchasing_region  VARCHAR(40)  NOT NULL,
    plan_year          INT          NOT NULL,
    kvk_number         VARCHAR(8)   NOT NULL,
    service_kind       VARCHAR(20)  NOT NULL,
    provider_name      VARCHAR(200) NOT NULL,
    municipality_code  VARCHAR(6)   NOT NULL,
    selection          VARCHAR(20)  NOT NULL,
    risk_class         VARCHAR(20),
    score              INT          NOT NULL,
    hours              INT          NOT NULL,
    planned_month      INT          NOT NULL,
    case_number        VARCHAR(40),
    late               BOOLEAN      NOT NULL,
    CONSTRAINT pk_wmo_annual_plan_item PRIMARY KEY (purchasing_region, plan_year, kvk_number, service_kind),
    CONSTRAINT ck_wmo_annual_plan_item_month CHECK (planned_month BETWEEN 1 AND 12),
    CONSTRAINT ck_wmo_annual_plan_item_selection CHECK (selection IN ('risico', 'vervolg', 'willekeurig', 'toegevoegd'))
);

CREATE INDEX ix_wmo_annual_plan_item_case ON wmo_annual_plan_item (case_number);
