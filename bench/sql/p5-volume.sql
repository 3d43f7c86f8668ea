-- P5 volume (bench/run.sh): grows the bench database to the issue's size without running the engine for
-- hours. Run with psql -v hist=<historic cases> -v open=<open tasks wanted> [-v tag=<letter>] [-v full=0|1].
--
-- Historic cases: every calamity case P1 started is a template; each copy is a *completed* case in
-- one of the region's municipalities (round robin over the tenants), dated back up to ten years,
-- with its history rows (process instance, activity instances, task instances, variables,
-- variable details, identity links, job log) copied under new ids. No removal time is set: the
-- rows are what a region keeps before history cleanup. With -v full=0 only the rows that the measured
-- lists read are copied (process instances, task instances, their identity links): the growth row at
-- 1,000,000 cases would otherwise need about 60 GB of disk, 90 % of it activity, variable and job-log
-- history that no measured query touches (bench/README.md).
--
-- Open tasks: the open "Contact opnemen met melder" tasks of P1 are copied (task, candidate-group
-- link, task authorization and the task's own variables, as the engine writes them) until there are :open open tasks,
-- spread over the municipalities. The copies belong to existing process instances; nothing works
-- them, they exist to be queried.
--
-- It may run again on the same database to grow it further (bench/run.sh's growth row): give
-- -v tag=<letter> for new ids; only the engine's own rows (not earlier copies) are templates.
--
-- Set-based and bulk-shaped (issue 16, wave 4): one INSERT ... SELECT per table over a generate_series map; the
-- history tables' indexes and primary/unique constraints are dropped before the copy and built again after it
-- (a sorted build instead of millions of random B-tree insertions through a 160 MB buffer cache), all in one
-- transaction per table, so a failure leaves the table as it was. Then VACUUM ANALYZE of what was copied.
\set ON_ERROR_STOP on
\if :{?tag}
\else
  \set tag a
\endif
\if :{?full}
\else
  \set full 1
\endif
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
SET synchronous_commit = off;

CREATE TEMP TABLE bench_tenants AS
  SELECT id_ AS tenant, row_number() OVER (ORDER BY id_) - 1 AS k FROM act_id_tenant;
CREATE TEMP TABLE bench_src AS
  SELECT id_ AS pi, row_number() OVER (ORDER BY id_) - 1 AS k
  FROM act_hi_procinst WHERE proc_def_key_ = 'calamiteit' AND id_ NOT LIKE 'hist-%';
CREATE TEMP TABLE bench_map AS
  SELECT s.pi AS src, 'hist-' || :'tag' || g || '-' || s.pi AS new_pi, :'tag' || g AS n, t.tenant,
         ((g % 3650) || ' days')::interval + interval '31 days' AS age
  FROM generate_series(1, greatest(0, :hist - (SELECT count(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL))) g
  JOIN bench_src s ON s.k = g % (SELECT count(*) FROM bench_src)
  JOIN bench_tenants t ON t.k = g % (SELECT count(*) FROM bench_tenants);
CREATE INDEX ON bench_map (src);
ANALYZE bench_map;
SELECT count(*) AS historic_cases_to_copy FROM bench_map \gset
\echo historic cases to copy: :historic_cases_to_copy

-- copy_history(table): the table's rows of the template cases, once per copy, under new ids; indexes and
-- primary/unique constraints dropped first and rebuilt after (the caller's transaction covers all of it)
CREATE OR REPLACE FUNCTION pg_temp.copy_history(tbl text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  pi_col text;
  cols text := '';
  exprs text := '';
  c record;
  idx text[];
  cons text[];
  d text;
  n bigint;
BEGIN
  -- the column naming the process instance: id_ of the instance itself, else the first that exists
  IF tbl = 'act_hi_procinst' THEN
    pi_col := 'id_';
  ELSE
    SELECT column_name INTO pi_col FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = tbl
      AND column_name IN ('proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_')
    ORDER BY array_position(ARRAY['proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_'], column_name::text)
    LIMIT 1;
  END IF;
  FOR c IN SELECT column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = tbl ORDER BY ordinal_position LOOP
    cols := cols || CASE WHEN cols = '' THEN '' ELSE ', ' END || c.column_name;
    exprs := exprs || CASE WHEN exprs = '' THEN '' ELSE ', ' END || CASE
      WHEN c.column_name = 'id_' AND tbl = 'act_hi_procinst' THEN 'm.new_pi'
      WHEN c.column_name = 'id_' THEN '''h'' || m.n || ''-'' || md5(x.id_)'
      WHEN c.column_name IN ('proc_inst_id_', 'root_proc_inst_id_', 'process_instance_id_') THEN 'm.new_pi'
      WHEN c.column_name = 'tenant_id_' THEN 'm.tenant'
      WHEN c.column_name = 'business_key_' THEN '''HIST-'' || m.n'
      WHEN c.column_name IN ('start_time_', 'timestamp_', 'time_', 'create_time_') THEN 'x.' || c.column_name || ' - m.age'
      WHEN c.column_name = 'end_time_' THEN 'coalesce(x.end_time_, x.start_time_ + interval ''30 days'') - m.age'
      WHEN c.column_name = 'duration_' THEN 'coalesce(x.duration_, 2592000000)'
      WHEN c.column_name = 'state_' AND tbl = 'act_hi_procinst' THEN '''COMPLETED'''
      WHEN c.column_name = 'end_act_id_' THEN '''EndEvent_Closed'''
      WHEN c.column_name = 'delete_reason_' AND tbl = 'act_hi_taskinst' THEN 'coalesce(x.delete_reason_, ''completed'')'
      WHEN c.column_name = 'removal_time_' THEN 'NULL'
      ELSE 'x.' || c.column_name END;
  END LOOP;
  -- the templates first (they are read while the copies are written), then drop what makes bulk inserts slow
  EXECUTE format('CREATE TEMP TABLE bench_tpl ON COMMIT DROP AS SELECT x.* FROM %I x WHERE x.%I IN (SELECT src FROM bench_map)',
                 tbl, pi_col);
  EXECUTE format('CREATE INDEX ON bench_tpl (%I)', pi_col);
  ANALYZE bench_tpl;
  SELECT coalesce(array_agg(pg_get_indexdef(i.indexrelid)), '{}') INTO idx
  FROM pg_index i WHERE i.indrelid = tbl::regclass
    AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid);
  SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, k.conname, pg_get_constraintdef(k.oid))
                            ORDER BY k.contype), '{}') INTO cons
  FROM pg_constraint k WHERE k.conrelid = tbl::regclass AND k.contype IN ('p', 'u');
  FOR c IN SELECT i.indexrelid::regclass AS name FROM pg_index i WHERE i.indrelid = tbl::regclass
             AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid) LOOP
    EXECUTE format('DROP INDEX %s', c.name);
  END LOOP;
  FOR c IN SELECT k.conname FROM pg_constraint k WHERE k.conrelid = tbl::regclass AND k.contype IN ('p', 'u') LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', tbl, c.conname);
  END LOOP;
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM bench_tpl x JOIN bench_map m ON x.%I = m.src', tbl, cols, exprs, pi_col);
  GET DIAGNOSTICS n = ROW_COUNT;
  FOREACH d IN ARRAY cons LOOP
    EXECUTE d;
  END LOOP;
  FOREACH d IN ARRAY idx LOOP
    EXECUTE d;
  END LOOP;
  DROP TABLE bench_tpl;
  RETURN n;
END $$;

\timing on
SELECT pg_temp.copy_history('act_hi_procinst') AS act_hi_procinst;
SELECT pg_temp.copy_history('act_hi_taskinst') AS act_hi_taskinst;
SELECT pg_temp.copy_history('act_hi_identitylink') AS act_hi_identitylink;
\if :full
SELECT pg_temp.copy_history('act_hi_actinst') AS act_hi_actinst;
SELECT pg_temp.copy_history('act_hi_varinst') AS act_hi_varinst;
SELECT pg_temp.copy_history('act_hi_detail') AS act_hi_detail;
SELECT pg_temp.copy_history('act_hi_job_log') AS act_hi_job_log;
\endif

-- open tasks: copies of P1's open tasks up to :open
CREATE TEMP TABLE bench_task_src AS
  SELECT id_, row_number() OVER (ORDER BY id_) - 1 AS k FROM act_ru_task
  WHERE task_def_key_ = 'Task_ContactReporter' AND id_ NOT LIKE 'open-%';
CREATE TEMP TABLE bench_task_map AS
  SELECT s.id_ AS src, 'open-' || :'tag' || g || '-' || s.id_ AS new_id, :'tag' || g AS n, t.tenant
  FROM generate_series(1, greatest(0, :open - (SELECT count(*) FROM act_ru_task))) g
  JOIN bench_task_src s ON s.k = g % (SELECT count(*) FROM bench_task_src)
  JOIN bench_tenants t ON t.k = g % (SELECT count(*) FROM bench_tenants);

DO $$
DECLARE
  spec text[];
  cols text;
  exprs text;
  c record;
BEGIN
  -- table, column holding the task id, id column (tens of thousands of rows: the indexes stay)
  -- (the task's own variables are the task lists' columns: a copy shows the same case number, municipality,
  -- provider and term end as its source)
  FOREACH spec SLICE 1 IN ARRAY ARRAY[['act_ru_task', 'id_'], ['act_ru_identitylink', 'task_id_'],
                                      ['act_ru_authorization', 'resource_id_'], ['act_ru_variable', 'task_id_']] LOOP
    cols := '';
    exprs := '';
    FOR c IN SELECT column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = spec[1] ORDER BY ordinal_position LOOP
      cols := cols || CASE WHEN cols = '' THEN '' ELSE ', ' END || c.column_name;
      exprs := exprs || CASE WHEN exprs = '' THEN '' ELSE ', ' END || CASE
        WHEN c.column_name = spec[2] THEN 'm.new_id'
        WHEN c.column_name = 'var_scope_' THEN 'm.new_id' -- a task variable's scope is its task
        WHEN c.column_name = 'id_' THEN '''o'' || m.n || ''-'' || md5(x.id_)'
        WHEN c.column_name = 'tenant_id_' THEN 'm.tenant'
        ELSE 'x.' || c.column_name END;
    END LOOP;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I x JOIN bench_task_map m ON x.%I = m.src',
                   spec[1], cols, exprs, spec[1], spec[2]);
  END LOOP;
END $$;

-- VACUUM as well: freshly bulk-loaded rows have no hint bits and an empty visibility map, so the first
-- queries would write them (and autovacuum would start working the tables during the measurement);
-- a database that grew over years has been vacuumed all along.
VACUUM ANALYZE act_hi_procinst, act_hi_taskinst, act_hi_identitylink, act_ru_task, act_ru_identitylink,
  act_ru_authorization, act_ru_variable;
\if :full
VACUUM ANALYZE act_hi_actinst, act_hi_varinst, act_hi_detail, act_hi_job_log;
\endif
ANALYZE;
