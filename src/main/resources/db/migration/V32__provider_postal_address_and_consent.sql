-- The provider register gets what letters need (docs/beheer.md, "Brieven per post"):
-- the postal address a letter by post goes to, and whether the provider has made known that it can be reached
-- electronically for decisions and other letters (art. 2:14 lid 1 Awb): with that consent letters go by e-mail to
-- the provider's address, without it by post. A known e-mail address alone is no consent. Who recorded the consent
-- and on which day stays with it. Valid on H2 2.x and PostgreSQL 14-17.
ALTER TABLE wmo_provider ADD COLUMN postal_street VARCHAR(200);
ALTER TABLE wmo_provider ADD COLUMN postal_code VARCHAR(7);
ALTER TABLE wmo_provider ADD COLUMN postal_city VARCHAR(100);
ALTER TABLE wmo_provider ADD COLUMN electronic_consent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE wmo_provider ADD COLUMN electronic_consent_since DATE;
ALTER TABLE wmo_provider ADD COLUMN electronic_consent_recorded_by VARCHAR(64);
