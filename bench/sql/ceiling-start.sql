-- One "process start" for pgbench: one keyed SELECT, six INSERTs, COMMIT (bench/run.sh, the ceiling).
\set k random(1, 1000)
BEGIN;
SELECT id, version FROM c_procdef WHERE key = 'process' || :k AND tenant_id IS NULL ORDER BY version DESC LIMIT 1;
INSERT INTO c_execution VALUES (:client_id || '-' || random()::text, 'pi-' || :client_id || '-' || :k, 'CAL-' || random()::text, 'def' || :k, 'Task_ContactReporter', true, true, 'GM0917', 1);
INSERT INTO c_hi_procinst VALUES ('h' || random()::text, 'pi-' || random()::text, 'CAL-' || random()::text, 'process' || :k, now(), NULL, 'ACTIVE', 'GM0917');
INSERT INTO c_task VALUES ('t' || random()::text, 'e' || :k, 'pi-' || :k, 'Contact opnemen met melder', 'Task_ContactReporter', now(), now() + interval '3 days', 'GM0917');
INSERT INTO c_variable VALUES ('v' || random()::text, 'description', 'string', 'e' || :k, 'pi-' || :k, 'Cliënt gevallen tijdens transfer; heupfractuur.', 'GM0917');
INSERT INTO c_job VALUES ('j' || random()::text, 'message', NULL, 'e' || :k, 'pi-' || :k, 3, 'async-continuation', 'transition-create-scope', 0);
INSERT INTO c_hi_actinst VALUES ('a' || random()::text, 'pi-' || :k, 'StartEvent_CalamityReported', 'messageStartEvent', now(), now(), 'GM0917');
COMMIT;
