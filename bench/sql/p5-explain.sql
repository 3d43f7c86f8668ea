-- P5 plans (bench/run.sh): EXPLAIN (ANALYZE, BUFFERS) of the statements Camunda 7.24 sends for the shared
-- filter "Taken van mijn groepen" (candidate groups in the user's groups, assigned included, due date ascending)
-- as toezichthouder: the page of 15 and the count, with authorization and tenant checks as the engine writes them
-- (taken from pg_stat_statements, parameters filled in: READ (2) on TASK (7) or READ_TASK (64) on
-- PROCESS_DEFINITION (6), the user's group toezichthouders, the user's tenants). Buffers and rows per plan node
-- do not depend on the machine's load. Run with psql -v tenants="'GM0917','GM0935',...".
\set ON_ERROR_STOP on
SET jit = off;
\echo '== supervisor list (page of 15; Camunda 7.24 SQL, as before wave 7)'
EXPLAIN (ANALYZE, BUFFERS)
select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,
    RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_,
    RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,
    RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_,
    RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
    AND ( A.USER_ID_ in ('toezichthouder', '*') OR A.GROUP_ID_ IN ('toezichthouders'))
    AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH
  ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('toezichthouders') ) ) )
  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
  and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (:tenants))
order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc LIMIT 15 OFFSET 0;
\echo '== supervisor list (page of 15), Camunda 7.24 SQL with parallel plans allowed (what the app sends on PostgreSQL since wave 7)'
SET min_parallel_table_scan_size = 0;
EXPLAIN (ANALYZE, BUFFERS)
select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,
    RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_,
    RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,
    RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_,
    RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
    AND ( A.USER_ID_ in ('toezichthouder', '*') OR A.GROUP_ID_ IN ('toezichthouders'))
    AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH
  ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('toezichthouders') ) ) )
  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
  and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (:tenants))
order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc LIMIT 15 OFFSET 0;
RESET min_parallel_table_scan_size;
\echo '== supervisor list (page of 15) with the grants read once: tried in wave 7, NOT sent by the app (slower at 50,000 tasks, bench/RESULTS.md)'
SET work_mem = '32MB';  -- as the app sets for its transaction; the statements below run with it too
EXPLAIN (ANALYZE, BUFFERS)
WITH WMO_TASK_GRANTS AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
    AND ( A.USER_ID_ in ('toezichthouder', '*') OR A.GROUP_ID_ IN ('toezichthouders'))
    AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) G)
select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,
    RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_,
    RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,
    RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_,
    RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('toezichthouders') ) ) )
  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (RES.ID_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS)
    OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR EXISTS (SELECT 1 FROM WMO_TASK_GRANTS WHERE RESOURCE_ID_ = '*')) )
  and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (:tenants))
order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc LIMIT 15 OFFSET 0;
\echo '== supervisor count (Camunda 7.24 SQL, as before wave 7)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
    AND ( A.USER_ID_ in ('toezichthouder', '*') OR A.GROUP_ID_ IN ('toezichthouders'))
    AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH
  ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('toezichthouders') ) ) )
  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
  and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (:tenants))) countDistinct;
\echo '== supervisor count with the grants read once (what the app sends on PostgreSQL since wave 7)'
EXPLAIN (ANALYZE, BUFFERS)
WITH WMO_TASK_GRANTS AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
    AND ( A.USER_ID_ in ('toezichthouder', '*') OR A.GROUP_ID_ IN ('toezichthouders'))
    AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) G)
SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
from ACT_RU_TASK RES
left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ('toezichthouders') ) ) )
  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (RES.ID_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS)
    OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM WMO_TASK_GRANTS) OR EXISTS (SELECT 1 FROM WMO_TASK_GRANTS WHERE RESOURCE_ID_ = '*')) )
  and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (:tenants))) countDistinct;
