-- P5 history list (bench/run.sh): EXPLAIN (ANALYZE, BUFFERS) of the statement Camunda 7.24 sends for
-- GET /engine-rest/history/process-instance?processDefinitionKey=calamiteit&finished=true&sortBy=startTime
--   &sortOrder=desc&firstResult=0&maxResults=15 as manager-heerlen (taken from pg_stat_statements, parameters filled
-- in: READ_HISTORY (4096) on PROCESS_DEFINITION (6) for the user or its group managers, the user's tenant GM0917).
-- Buffers and rows per plan node do not depend on the machine's load.
-- Run with psql -v user=manager-heerlen -v grp=managers -v tenant=GM0917 (the defaults).
\set ON_ERROR_STOP on
\if :{?user}
\else
  \set user manager-heerlen
\endif
\if :{?grp}
\else
  \set grp managers
\endif
\if :{?tenant}
\else
  \set tenant GM0917
\endif
SET jit = off;
\echo '== history list (newest 15 finished calamity cases)'
EXPLAIN (ANALYZE, BUFFERS)
select distinct RES.*
from (
  SELECT SELF.*, DEF.NAME_, DEF.VERSION_, DEF.DEPLOYMENT_ID_
  FROM ACT_HI_PROCINST SELF
  LEFT JOIN ACT_RE_PROCDEF DEF ON SELF.PROC_DEF_ID_ = DEF.ID_
  left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
      AND ( A.USER_ID_ in (:'user', '*') OR A.GROUP_ID_ IN (:'grp'))
      AND ((A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 4096 = 4096))) AUTH
    ON (AUTH.RESOURCE_ID_ IN (SELF.PROC_DEF_KEY_, '*'))
  WHERE ( 1 = 1 and DEF.KEY_ = 'calamiteit' and SELF.END_TIME_ is not NULL )
    and ( (SELF.PROC_DEF_KEY_ is not null AND AUTH.RESOURCE_ID_ IS NOT NULL) or SELF.PROC_DEF_KEY_ is null )
    and (SELF.TENANT_ID_ is null or SELF.TENANT_ID_ in (:'tenant'))
) RES
order by RES.START_TIME_ desc
LIMIT 15 OFFSET 0;
