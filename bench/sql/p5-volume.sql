-- P5 volume (bench/run.sh): grows bench_wmo to the issue's size without running the engine for
-- hours. Run with psql -v hist=<historic cases> -v open=<open tasks wanted>.
--
-- Historic cases: every calamity case P1 started is a template; each copy is a *completed* case in
-- one of the region's municipalities (round robin over the tenants), dated back up to ten years,
-- with all its history rows (process instance, activity instances, task instances, variables,
-- variable details, identity links, job log) copied under new ids. No removal time is set: the
-- rows are what a region keeps before history cleanup.
--
-- Open tasks: the open "Contact opnemen met melder" tasks of P1 are copied (task, candidate-group
-- link and task authorization, as the engine writes them) until there are :open open tasks,
-- spread over the municipalities. The copies belong to existing process instances; nothing works
-- them, they exist to be queried.
--
-- It may run again on the same database to grow it further (bench/run.sh's growth row): give
-- -v tag=<letter> for new ids; only the engine's own rows (not earlier copies) are templates.
\set ON_ERROR_STOP on
\if :{?tag}
\else
  \set tag a
\endif

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

DO $$
DECLARE
  tbl text;
  pi_col text;
  cols text;
  exprs text;
  c record;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['act_hi_procinst', 'act_hi_actinst', 'act_hi_taskinst', 'act_hi_varinst',
                             'act_hi_detail', 'act_hi_identitylink', 'act_hi_job_log'] LOOP
    -- the column naming the process instance: id_ of the instance itself, else the first that exists
    SELECT column_name INTO pi_col FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = tbl
      AND column_name IN ('proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_')
    ORDER BY array_position(ARRAY['proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_'], column_name::text)
    LIMIT 1;
    IF tbl = 'act_hi_procinst' THEN
      pi_col := 'id_';
    END IF;
    cols := '';
    exprs := '';
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
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I x JOIN bench_map m ON x.%I = m.src',
                   tbl, cols, exprs, tbl, pi_col);
  END LOOP;
END $$;

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
  -- table, column holding the task id, id column
  FOREACH spec SLICE 1 IN ARRAY ARRAY[['act_ru_task', 'id_'], ['act_ru_identitylink', 'task_id_'],
                                      ['act_ru_authorization', 'resource_id_']] LOOP
    cols := '';
    exprs := '';
    FOR c IN SELECT column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = spec[1] ORDER BY ordinal_position LOOP
      cols := cols || CASE WHEN cols = '' THEN '' ELSE ', ' END || c.column_name;
      exprs := exprs || CASE WHEN exprs = '' THEN '' ELSE ', ' END || CASE
        WHEN c.column_name = spec[2] THEN 'm.new_id'
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
VACUUM ANALYZE act_hi_procinst, act_hi_actinst, act_hi_taskinst, act_hi_varinst, act_hi_detail,
  act_hi_identitylink, act_hi_job_log, act_ru_task, act_ru_identitylink, act_ru_authorization;
ANALYZE;
