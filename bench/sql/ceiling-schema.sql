-- The ceiling (bench/run.sh): tables shaped like the rows one Camunda process start writes, with
-- string ids and the indexes such tables carry. pgbench runs ceiling-start.sql against them.
DROP TABLE IF EXISTS c_procdef, c_execution, c_task, c_variable, c_job, c_hi_procinst, c_hi_actinst;
CREATE TABLE c_procdef (id varchar(64) PRIMARY KEY, key varchar(255) NOT NULL, version integer NOT NULL,
  tenant_id varchar(64), resource varchar(4000));
CREATE INDEX c_procdef_key ON c_procdef (key, tenant_id, version);
INSERT INTO c_procdef SELECT 'def' || i, 'process' || i, 1, NULL, repeat('x', 200) FROM generate_series(1, 1000) i;
CREATE TABLE c_execution (id varchar(64) PRIMARY KEY, proc_inst_id varchar(64), business_key varchar(255),
  proc_def_id varchar(64), act_id varchar(255), is_active boolean, is_scope boolean, tenant_id varchar(64),
  rev integer);
CREATE INDEX c_execution_pi ON c_execution (proc_inst_id);
CREATE INDEX c_execution_bk ON c_execution (business_key);
CREATE TABLE c_task (id varchar(64) PRIMARY KEY, execution_id varchar(64), proc_inst_id varchar(64),
  name varchar(255), task_def_key varchar(255), created timestamp, due_date timestamp, tenant_id varchar(64));
CREATE INDEX c_task_pi ON c_task (proc_inst_id);
CREATE INDEX c_task_created ON c_task (created);
CREATE TABLE c_variable (id varchar(64) PRIMARY KEY, name varchar(255), type varchar(255),
  execution_id varchar(64), proc_inst_id varchar(64), text varchar(4000), tenant_id varchar(64));
CREATE INDEX c_variable_pi ON c_variable (proc_inst_id);
CREATE TABLE c_job (id varchar(64) PRIMARY KEY, type varchar(255), due_date timestamp, execution_id varchar(64),
  proc_inst_id varchar(64), retries integer, handler_type varchar(255), handler_cfg varchar(4000), priority bigint);
CREATE INDEX c_job_acquire ON c_job (due_date, priority);
CREATE TABLE c_hi_procinst (id varchar(64) PRIMARY KEY, proc_inst_id varchar(64), business_key varchar(255),
  proc_def_key varchar(255), start_time timestamp, end_time timestamp, state varchar(255), tenant_id varchar(64));
CREATE INDEX c_hi_procinst_bk ON c_hi_procinst (business_key);
CREATE INDEX c_hi_procinst_start ON c_hi_procinst (start_time);
CREATE TABLE c_hi_actinst (id varchar(64) PRIMARY KEY, proc_inst_id varchar(64), act_id varchar(255),
  act_type varchar(255), start_time timestamp, end_time timestamp, tenant_id varchar(64));
CREATE INDEX c_hi_actinst_pi ON c_hi_actinst (proc_inst_id);
ANALYZE;
