#!/usr/bin/env bash
# One command for the whole benchmark of issue 7 §1 on this machine; prints a table.
#   bench/run.sh                      # defaults: about 7 minutes on 2 cores
#   BENCH_REPORTS=500 BENCH_PEER=0 bench/run.sh   # smaller / partial
# Talks only to 127.0.0.1 (Maven offline, online only for what ~/.m2 lacks). Needs root (or the
# postgres user via runuser) for the local PostgreSQL 15 cluster; see bench/README.md.
set -Eeuo pipefail
{ # the whole script is parsed before it runs, so editing run.sh during a run cannot break that run

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MAIN_DIR=$(cd "$BENCH_DIR/.." && pwd)

# ---- sizes and switches (environment) ------------------------------------------------------------
REPORTS=${BENCH_REPORTS:-2000}          # P1/P2: measured starts
WARMUP=${BENCH_WARMUP:-200}             # P1/P2: starts before measuring (JIT, pools)
CLIENTS=${BENCH_CLIENTS:-16}            # concurrent HTTP clients = pgbench clients
CEILING_SECONDS=${BENCH_CEILING_SECONDS:-20}   # each of the two pgbench runs
DMN_SECONDS=${BENCH_DMN_SECONDS:-20}    # P4 measuring time, each side
DMN_WARMUP=${BENCH_DMN_WARMUP:-10}      # P4 warm-up, each side (the same for both: FEEL is most of either's CPU)
TIMERS=${BENCH_TIMERS:-2000}            # P3: dwangsom cases whose timers fall due at once (issue: 10000)
HISTORIC=${BENCH_HISTORIC:-20000}       # P5: historic cases (issue: 100000)
OPEN_TASKS=${BENCH_OPEN_TASKS:-10000}   # P5: open tasks (issue: 10000)
QUERIES=${BENCH_QUERIES:-300}           # P5: requests per query kind ...
QUERY_SECONDS=${BENCH_QUERY_SECONDS:-30} # ... or this many seconds, whichever comes first
QUERY_CLIENTS=${BENCH_QUERY_CLIENTS:-1}  # P5: 1 = the latency one user sees
DRAIN_TIMEOUT=${BENCH_DRAIN_TIMEOUT:-300}   # seconds to wait for async jobs / timers
RUN_PEER=${BENCH_PEER:-1}
RUN_P3=${BENCH_P3:-1}
RUN_P5=${BENCH_P5:-1}
RUN_GROWTH=${BENCH_GROWTH:-0}           # 1: P5 again after growing to the sizes below (long: SQL copies)
GROWTH_HISTORIC=${BENCH_GROWTH_HISTORIC:-1000000}
GROWTH_OPEN_TASKS=${BENCH_GROWTH_OPEN_TASKS:-50000}
GROWTH_FULL=${BENCH_GROWTH_FULL_HISTORY:-0}   # 1: the growth copies all history tables (about 60 GB at 1,000,000 cases)
BUILD=${BENCH_BUILD:-1}                 # 0: reuse the jars of the previous run in bench/.work
BUILD_IN_PLACE=${BENCH_BUILD_IN_PLACE:-0}   # 1: build in /work/main/target instead of a snapshot
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms1g -Xmx2g}   # the same for our app and the peer
APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS:-}  # extra, our app only (e.g. JFR: -XX:StartFlightRecording:delay=60s,...)
PEER_JAVA_OPTS=${BENCH_PEER_JAVA_OPTS:-}  # extra, the peer only
PG_CLUSTER=${BENCH_PG_CLUSTER:-15 main}
PG_PORT=${BENCH_PG_PORT:-5432}
MVN_OFFLINE=${BENCH_MVN_OFFLINE:-auto}   # auto: offline if ~/.m2 has everything, else online; 1 offline only; 0 online
MAIL_SINK=${BENCH_MAIL_SINK:-1}          # 1: mail goes to a separate SMTP process (as in production); 0: the demo's in-app one
DB=${BENCH_DB_PREFIX:-bench}             # databases ${DB}_wmo, ${DB}_peer, ${DB}_ceiling (two runs side by side need two prefixes)
STATS=${BENCH_STATS:-settle}             # settle: ANALYZE after each P1/P2 warm-up; none: autovacuum alone (as before wave 8)
STATS_EARLY=${BENCH_STATS_EARLY:-0}      # 1: also ANALYZE right after each app is up, tables nearly empty (the stale-plan trap on purpose)
[[ $STATS == settle || $STATS == none ]] || { echo "BENCH_STATS is settle or none, not '$STATS'" >&2; exit 1; }
PG_TRACE=${BENCH_PG_TRACE:-1}            # 1: on ${DB}_wmo only, log plans of statements over 1 s (auto_explain), lock waits, planning time
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-${PG_CLUSTER// /-}.log}   # the cluster's log (the run's lines are copied)
PG_LOG_START=$(stat -c %s "$PG_LOG" 2>/dev/null || echo 0)

RUN_ID=$(date +%Y%m%d%H%M%S)
WORK=$BENCH_DIR/.work/run-$RUN_ID
mkdir -p "$WORK"
export BENCH_TIMES_DIR=$WORK   # Bench.java keeps every request's time in $WORK/times-<label>.tsv
MVN=(mvn -q -B)
[[ $MVN_OFFLINE == 0 ]] || MVN+=(-o)
export PGPASSWORD=bench
PSQL_OPTS=(-h 127.0.0.1 -p "$PG_PORT" -U bench -X -A -t -q -v ON_ERROR_STOP=1)
T0=$(date +%s)

log() { printf '[bench %s +%ss] %s\n' "$(date +%T)" $(( $(date +%s) - T0 )) "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
kv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }   # value of key=value in a result line
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }    # calc 'expr' [decimals]
ratio() { if [[ -n ${1:-} && -n ${2:-} ]] && awk "BEGIN{exit !($2 > 0)}"; then calc "$1 / $2" 3; else echo "-"; fi; }
load1() { cut -d' ' -f1 /proc/loadavg; }
# proc_cpu_ms, proc_ticks, as_postgres, pgss_reset: bench/lib.sh (shared with bench/cockpit.sh)
source "$BENCH_DIR/lib.sh"
psql_db() { local db=$1; shift; psql "${PSQL_OPTS[@]}" -d "$db" "$@"; }
free_port() {
  local p
  for ((p = $1; p < $1 + 500; p++)); do
    if [[ -z $(ss -ltnH "sport = :$p" 2>/dev/null) ]]; then echo "$p"; return; fi
  done
  die "no free port from $1"
}
# port_is_ours <port> <pid>: the port listens in this pid (another run's app started meanwhile may have taken it)
port_is_ours() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -q "pid=$2,"; }
# db_commits <db>: its committed transactions so far (with proc_cpu_ms, load-robust per-start figures for P1).
db_commits() { psql_db "$1" -c "select xact_commit from pg_stat_database where datname = '$1'"; }
# settle_statistics <db>: ANALYZE after a warm-up, on our database and the peer's alike. A fresh database gets its
# first autovacuum ANALYZE at a moment of the launcher's choosing. If that falls while act_ru_execution holds a page
# or two, the foreign-key checks every insert into ACT_RU_VARIABLE and ACT_RU_EXECUTION makes are planned as
# sequential scans; PostgreSQL keeps such a plan per connection until the table's next ANALYZE (a minute or more
# later), while the table grows to thousands of rows. Seen in the full runs of waves 5-8: P1's PostgreSQL time per
# start 45 ms instead of 7, 90,957 sequential scans of act_ru_execution reading 378 million rows (bench/RESULTS.md,
# wave 8). A warmed-up production database does not have this; the measurement should not depend on the launcher.
settle_statistics() { [[ $STATS == settle ]] || return 0; psql_db "$1" -c "ANALYZE" >/dev/null; }
# stale_statistics <db>: BENCH_STATS_EARLY=1 only: ANALYZE while the runtime tables are nearly empty, which is what the
# launcher did by chance in the slow full runs; with it the warm-up makes the sequential-scan plans every time.
stale_statistics() { [[ $STATS_EARLY == 1 ]] || return 0; psql_db "$1" -c "ANALYZE" >/dev/null; }
# execution_seq_scans <db>: sequential scans of act_ru_execution so far (stays flat when the plans use its key)
execution_seq_scans() { psql_db "$1" -c "select coalesce(sum(seq_scan), 0) from pg_stat_user_tables where relname = 'act_ru_execution'"; }
# pg_stat_statements (if the cluster preloads it): reset before a measured phase (pgss_reset, bench/lib.sh), dump after it.
pgss_dump() {   # db file starts
  as_postgres psql -X -q -p "$PG_PORT" -d "$1" -v starts="$3" >"$2" 2>&1 <<'SQL' || true
\pset footer off
select sum(calls) as statements, round(sum(calls)::numeric / :starts, 1) as statements_per_start,
       sum(rows) as rows, round(sum(rows)::numeric / :starts, 1) as rows_per_start,
       round(sum(total_exec_time)::numeric / :starts, 2) as exec_ms_per_start,
       round(sum(total_plan_time)::numeric / :starts, 2) as plan_ms_per_start
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database();
select calls, round(calls::numeric / :starts, 2) as per_start, rows, round(total_exec_time::numeric, 0) as total_ms,
       round(total_plan_time::numeric, 0) as plan_ms,
       round(mean_exec_time::numeric, 3) as mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160) as query
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database()
 order by calls desc limit 60;
SQL
}
# pgss_jobs <db> <jobs>: the job executor's acquisition and locking over the measured phase, from
# pg_stat_statements: acquisition queries, jobs they returned (per query), lock UPDATEs and how many of them
# changed no row (another thread or node had changed the job first: optimistic-locking contention), and
# statements per job. "-" without pg_stat_statements.
pgss_jobs() {
  as_postgres psql -X -q -A -t -p "$PG_PORT" -d "$1" -v jobs="$2" 2>/dev/null <<'SQL' || echo "acquisitions=- acquired=- per_acquisition=- lock_updates=- lock_conflicts=- statements_per_job=-"
select 'acquisitions=' || coalesce(sum(calls) filter (where q like 'select res.id_, res.rev_, res.duedate_%act_ru_job res%'), 0)
    || ' acquired=' || coalesce(sum(rows) filter (where q like 'select res.id_, res.rev_, res.duedate_%act_ru_job res%'), 0)
    || ' per_acquisition=' || coalesce(round(sum(rows) filter (where q like 'select res.id_, res.rev_, res.duedate_%act_ru_job res%')::numeric
         / nullif(sum(calls) filter (where q like 'select res.id_, res.rev_, res.duedate_%act_ru_job res%'), 0), 2)::text, '-')
    || ' lock_updates=' || coalesce(sum(calls) filter (where q like 'update act_ru_job%lock_owner_%'), 0)
    || ' lock_conflicts=' || coalesce(sum(calls - rows) filter (where q like 'update act_ru_job%lock_owner_%'), 0)
    || ' statements_per_job=' || round(sum(calls)::numeric / greatest(:jobs, 1), 1)
  from (select lower(regexp_replace(query, '\s+', ' ', 'g')) as q, calls, rows
          from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database()) x;
SQL
}
# mvn_step <log> <timeout> <args...>: Maven as configured; in auto mode a step that fails offline (a
# plugin or dependency missing from ~/.m2, e.g. dependency:build-classpath on a fresh machine) is
# retried once online, and later steps go online too.
mvn_step() {
  local logf=$1 limit=$2; shift 2
  timeout "$limit" "${MVN[@]}" "$@" >"$logf" 2>&1 && return 0
  [[ $MVN_OFFLINE == auto && " ${MVN[*]} " == *" -o "* ]] || return 1
  log "Maven offline failed ($(basename "$logf")): not everything is in ~/.m2; going online"
  MVN=(mvn -q -B)
  timeout "$limit" "${MVN[@]}" "$@" >"$logf" 2>&1
}
# metrics_dump <file>: the app's pool and request meters (actuator, bench profile only), cumulative since start
metrics_dump() {
  local m
  for m in hikaricp.connections.acquire hikaricp.connections.usage hikaricp.connections.pending hikaricp.connections.active \
      hikaricp.connections.timeout tomcat.threads.busy tomcat.threads.current jvm.gc.pause process.cpu.usage; do
    echo "$m $(curl -s --max-time 5 "$APP/actuator/metrics/$m" | tr -d '\n' | grep -o '"measurements":\[[^]]*\]' || echo '?')"
  done >"$1"
}
# db_cpu_ticks <db>: utime+stime of the backends connected to <db> (the pools' connections live through a burst, so
# the difference over it is the database's CPU for it)
db_cpu_ticks() {
  local pg=0 pid
  for pid in $(pgrep -f "postgres: .* $1 " || true); do
    pg=$((pg + $(proc_ticks "$pid")))
  done
  echo "$pg"
}
# cpu_sample <pid> <db>: "<the process's ticks> <its database's backends' ticks> <the whole machine's busy ticks>"
# (/proc/stat: user, nice, system, irq, softirq, steal of all cores). Two samples around a burst give, per start, what
# the app, its database and everything else on the machine (the load generator, the mail sink, PostgreSQL's own
# background processes, anything another user runs) spent on it: on a machine whose cores are all busy, the
# throughput is the cores' time divided by the sum.
cpu_sample() {
  echo "$(proc_ticks "$1") $(db_cpu_ticks "$2") $(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)"
}
# cpu_split <before> <after> <starts>: "app=<ms> db=<ms> other=<ms> total=<ms>" per start
cpu_split() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); f = 1000 / hz / n
    app = (y[1] - x[1]) * f; db = (y[2] - x[2]) * f; all = (y[3] - x[3]) * f; other = all - app - db
    if (other < 0) other = 0
    printf "app=%.2f db=%.2f other=%.2f total=%.2f", app, db, other, app + db + other }'
}
p3_job_table_stats() { psql_db ${DB}_wmo -c "select concat_ws(' ', n_tup_upd, n_tup_hot_upd, n_tup_del, n_dead_tup) from pg_stat_user_tables where relname = 'act_ru_job'"; }
bench_http() { timeout "${BENCH_HTTP_TIMEOUT:-900}" java "$BENCH_DIR/Bench.java" "$@" 2>>"$WORK/bench-errors.log"; }

# ---- cleanup: stop what we started, leave PostgreSQL as we found it --------------------------------
APP_PID= PEER_PID= MAIL_PID= PG_STARTED=0
stop_pid() {
  local pid=$1 name=$2
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  # this run's database's lines from the cluster log (slow plans, lock waits, errors), and the checkpoints
  if [[ -r $PG_LOG ]]; then
    tail -c +$((PG_LOG_START + 1)) "$PG_LOG" 2>/dev/null | awk -v db="@${DB}_wmo " '
      /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { keep = index($0, db) > 0 || /checkpoint/ }
      keep' >"$WORK/pg.log" 2>/dev/null || true
  fi
  stop_pid "$APP_PID" "wmo-toezicht"
  stop_pid "$PEER_PID" "peer"
  stop_pid "$MAIL_PID" "mail sink"
  if [[ $PG_STARTED == 1 ]]; then
    log "stopping PostgreSQL $PG_CLUSTER (it was stopped before the run)"
    pg_ctlcluster $PG_CLUSTER stop || true
  fi
  log "logs and raw results: $WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_http() {   # url pid name timeout-seconds [user:password]
  local url=$1 pid=$2 name=$3 limit=$4 auth=${5:-}
  local args=(-s -o /dev/null -w '%{http_code}' --max-time 5)
  [[ -n $auth ]] && args+=(-u "$auth")
  for ((i = 0; i < limit; i++)); do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$WORK/$name.log" >&2; die "$name exited during start-up"; }
    [[ $(curl "${args[@]}" "$url" || true) == 200 ]] && { log "$name up after ${i}s"; return; }
    sleep 1
  done
  tail -40 "$WORK/$name.log" >&2
  die "$name not up within ${limit}s"
}

wait_jobs_drained() {   # db label -> "seconds jobs" ; waits until no due async job with retries is left
  local db=$1 label=$2 start now left first
  first=$(psql_db "$db" -c "select count(*) from act_ru_job where type_ = 'message' and retries_ > 0")
  start=$(date +%s.%N)
  for ((i = 0; i < DRAIN_TIMEOUT * 2; i++)); do
    left=$(psql_db "$db" -c "select count(*) from act_ru_job where type_ = 'message' and retries_ > 0")
    [[ $left == 0 ]] && break
    sleep 0.5
  done
  now=$(date +%s.%N)
  [[ $left == 0 ]] || log "$label: $left async jobs still pending after ${DRAIN_TIMEOUT}s"
  echo "$(calc "$now - $start" 1) $first $left"
}

# ---- 0. PostgreSQL ------------------------------------------------------------------------------
for tool in java mvn psql pgbench pg_ctlcluster curl ss timeout runuser; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
if ! pg_ctlcluster $PG_CLUSTER status >/dev/null 2>&1; then
  log "starting PostgreSQL $PG_CLUSTER"
  pg_ctlcluster $PG_CLUSTER start
  PG_STARTED=1
fi
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN
    CREATE ROLE bench LOGIN PASSWORD 'bench';
  END IF;
END $$;
SQL
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" <<SQL >/dev/null
SET client_min_messages = warning;
DROP DATABASE IF EXISTS ${DB}_wmo;
DROP DATABASE IF EXISTS ${DB}_peer;
DROP DATABASE IF EXISTS ${DB}_ceiling;
CREATE DATABASE ${DB}_wmo OWNER bench;
CREATE DATABASE ${DB}_peer OWNER bench;
CREATE DATABASE ${DB}_ceiling OWNER bench;
SQL
for db in ${DB}_wmo ${DB}_peer; do
  as_postgres psql -X -q -p "$PG_PORT" -d "$db" -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || true
done
if [[ $PG_TRACE == 1 ]]; then
  # database-level only (the cluster is shared): plans of slow statements, lock waits, planning time in pg_stat_statements
  as_postgres psql -X -q -p "$PG_PORT" >/dev/null 2>&1 <<SQL || log "PG trace settings not applied (auto_explain missing?)"
ALTER DATABASE ${DB}_wmo SET session_preload_libraries = 'auto_explain';
ALTER DATABASE ${DB}_wmo SET auto_explain.log_min_duration = '1s';
ALTER DATABASE ${DB}_wmo SET log_lock_waits = on;
ALTER DATABASE ${DB}_wmo SET pg_stat_statements.track_planning = on;
SQL
fi
PG_VERSION=$(psql_db ${DB}_wmo -c "show server_version")
PG_SETTINGS=$(psql_db ${DB}_wmo -c "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings where name in ('shared_buffers', 'synchronous_commit', 'max_connections')")
log "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT ($PG_SETTINGS); databases ${DB}_wmo, ${DB}_peer, ${DB}_ceiling fresh"

# ---- 1. builds ----------------------------------------------------------------------------------
APP_JAR=$BENCH_DIR/.work/app.jar PEER_JAR=$BENCH_DIR/.work/peer.jar CP_FILE=$BENCH_DIR/.work/classpath.txt
if [[ $BUILD == 1 ]]; then
  # By default the app is built from a snapshot of the working tree in bench/.work/src, so that a
  # build or test run going on in /work/main/target meanwhile neither breaks nor is broken by ours.
  # BENCH_BUILD_IN_PLACE=1 builds in /work/main itself.
  BUILD_DIR=$MAIN_DIR
  if [[ $BUILD_IN_PLACE != 1 ]]; then
    BUILD_DIR=$BENCH_DIR/.work/src
    mkdir -p "$BUILD_DIR"
    find "$BUILD_DIR" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
    tar -C "$MAIN_DIR" --exclude=./target --exclude=./data --exclude=./bench --exclude=./.git \
      --exclude=./node_modules -cf - . | tar -C "$BUILD_DIR" -xf -
  fi
  log "building the app jar in $BUILD_DIR (no tests compiled or run)"
  mvn_step "$WORK/build-app.log" 600 -f "$BUILD_DIR/pom.xml" package -DskipTests -Dmaven.test.skip=true -Dskip.postgres=true \
    -Dlint.skip=true || { tail -30 "$WORK/build-app.log" >&2; die "app build"; }
  cp "$(ls "$BUILD_DIR"/target/wmo-toezicht-*.jar | grep -v original | head -1)" "$APP_JAR"
  mvn_step "$WORK/build-classpath.log" 300 -f "$BUILD_DIR/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
    || { tail -30 "$WORK/build-classpath.log" >&2; die "class path"; }
  if [[ $RUN_PEER == 1 ]]; then
    log "building the peer (plain Camunda 7.24 starter)"
    "$BENCH_DIR/peer/make-model.sh"
    mvn_step "$WORK/build-peer.log" 600 -f "$BENCH_DIR/peer/pom.xml" package -DskipTests \
      || { tail -30 "$WORK/build-peer.log" >&2; die "peer build"; }
    cp "$BENCH_DIR"/peer/target/camunda-peer-*.jar "$PEER_JAR"
  fi
fi
[[ -f $APP_JAR && -f $CP_FILE ]] || die "no app jar; run with BENCH_BUILD=1"
APP_COMMIT=$(git -C "$MAIN_DIR" rev-parse --short HEAD 2>/dev/null || echo "?")
APP_DIRTY=$(git -C "$MAIN_DIR" status --porcelain --untracked-files=no 2>/dev/null | grep -vc ' bench/' || true)

# ---- 2. ceiling, first half ---------------------------------------------------------------------
ceiling() {   # label -> "tps latency_ms"
  local out
  out=$(cd "$WORK" && timeout $((CEILING_SECONDS + 60)) pgbench -h 127.0.0.1 -p "$PG_PORT" -U bench -n \
    -c "$CLIENTS" -j "$(nproc)" -T "$CEILING_SECONDS" -f "$BENCH_DIR/sql/ceiling-start.sql" ${DB}_ceiling 2>&1) \
    || { echo "$out" >&2; die "pgbench"; }
  echo "$out" >"$WORK/pgbench-$1.txt"
  echo "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out") $(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
}
psql_db ${DB}_ceiling -f "$BENCH_DIR/sql/ceiling-schema.sql" >/dev/null 2>&1
LOAD_CEIL1=$(load1)
log "ceiling 1/2: pgbench, $CLIENTS clients, ${CEILING_SECONDS}s"
read -r CEIL1_TPS CEIL1_LAT <<<"$(ceiling 1)"
CEIL1_TPS=$(calc "${CEIL1_TPS:-0}" 1)
[[ $CEIL1_TPS != 0.0 ]] || die "pgbench gave no tps"
log "ceiling 1/2: $CEIL1_TPS tps"

# ---- 3. P4 standalone -----------------------------------------------------------------------------
RUN_P4=${BENCH_P4:-1}   # 0 skips both P4 sides (runs that measure only P3/P5; the DMN program's compile can take minutes on a loaded machine)
P4S= P4F= P4E= P4E_CPU=- P4_CAT=- LOAD_P4S=- LOAD_P4E=-
if [[ $RUN_P4 == 1 ]]; then
LOAD_P4S=$(load1)
log "P4 standalone: DMN engine alone, $(nproc) threads, ${DMN_WARMUP}s warm-up + ${DMN_SECONDS}s"
P4S=$(timeout $((DMN_SECONDS + 120)) java $JAVA_OPTS -cp "$(cat "$CP_FILE")" "$BENCH_DIR/DmnStandalone.java" \
  "$MAIN_DIR/decisions/maatregelcategorie.dmn" "$(nproc)" "$DMN_WARMUP" "$DMN_SECONDS" 2>"$WORK/dmn-standalone.log" | tail -1) \
  || { tail -20 "$WORK/dmn-standalone.log" >&2; die "P4 standalone"; }
log "P4 standalone: $P4S"
# informational: the same program with the platform's FEEL engine (nl.wmotoezicht.feel, taken from the app jar);
# the goal's reference stays the default engine above
P4F_DIR=$WORK/p4-feel-classes; rm -rf "$P4F_DIR"; mkdir -p "$P4F_DIR"
( cd "$P4F_DIR" && jar xf "$APP_JAR" BOOT-INF/classes/nl/wmotoezicht/feel ) || die "P4 standalone (platform FEEL): classes"
log "P4 standalone, platform FEEL engine: $(nproc) threads, ${DMN_WARMUP}s warm-up + ${DMN_SECONDS}s"
P4F=$(timeout $((DMN_SECONDS + 120)) java $JAVA_OPTS -cp "$(cat "$CP_FILE"):$P4F_DIR/BOOT-INF/classes" \
  "$BENCH_DIR/DmnStandalone.java" "$MAIN_DIR/decisions/maatregelcategorie.dmn" "$(nproc)" "$DMN_WARMUP" "$DMN_SECONDS" \
  parsed 2>"$WORK/dmn-standalone-feel.log" | tail -1) \
  || { tail -20 "$WORK/dmn-standalone-feel.log" >&2; die "P4 standalone (platform FEEL)"; }
log "P4 standalone, platform FEEL engine: $P4F"
fi

# ---- 4. our app ---------------------------------------------------------------------------------
APP_PORT=${BENCH_APP_PORT:-$(free_port 18080)}   # BENCH_APP_PORT: a fixed port (two runs starting at once can pick the same free one)
SMTP_PORT=3025; ss -ltnH "sport = :3025" | grep -q . && SMTP_PORT=$(free_port 13025)
IMAP_PORT=3143; ss -ltnH "sport = :3143" | grep -q . && IMAP_PORT=$(free_port 13143)
APP=http://127.0.0.1:$APP_PORT
MAIL_ARGS=()
if [[ $MAIL_SINK == 1 ]]; then
  # production mails through the municipality's relay, not from inside the app: a separate process
  log "starting the mail sink (GreenMail SMTP, own JVM) on 127.0.0.1:$SMTP_PORT"
  ( cd "$WORK" && exec java -Xmx256m -cp "$(cat "$CP_FILE")" "$BENCH_DIR/MailSink.java" "$SMTP_PORT" >"$WORK/mail-sink.log" 2>&1 ) &
  MAIL_PID=$!
  for ((i = 0; i < 60; i++)); do ss -ltnH "sport = :$SMTP_PORT" | grep -q . && break; sleep 1; done
  ss -ltnH "sport = :$SMTP_PORT" | grep -q . || { cat "$WORK/mail-sink.log" >&2; die "mail sink not up"; }
  MAIL_ARGS=(--wmo.demo.mail-server.enabled=false)
  MAIL_WHERE="mail sink in its own JVM on 127.0.0.1:$SMTP_PORT"
else
  MAIL_WHERE="the demo's mail server inside the app on 127.0.0.1:$SMTP_PORT"
fi
log "starting wmo-toezicht on $APP (profiles postgres,demo + bench; $MAIL_WHERE)"
(
  cd "$WORK"
  export WMO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/${DB}_wmo" WMO_DB_USER=bench WMO_DB_PASSWORD=bench
  export WMO_MAIL_HOST=127.0.0.1 WMO_MAIL_PORT=$SMTP_PORT
  exec java $JAVA_OPTS $APP_JAVA_OPTS -jar "$APP_JAR" --spring.profiles.active=postgres,demo \
    --spring.config.additional-location="file:$BENCH_DIR/application-bench.yaml" \
    --server.port="$APP_PORT" --wmo.demo.mail-server.smtp-port="$SMTP_PORT" \
    --wmo.demo.mail-server.imap-port="$IMAP_PORT" "${MAIL_ARGS[@]}" >"$WORK/app.log" 2>&1
) &
APP_PID=$!
wait_http "$APP/actuator/health" "$APP_PID" app "${BENCH_APP_START_TIMEOUT:-240}"
port_is_ours "$APP_PORT" "$APP_PID" || die "port $APP_PORT answers for another process, not our app (pid $APP_PID): set BENCH_APP_PORT"
MUNIS=$(psql_db ${DB}_wmo -c "select string_agg(id_, ',' order by id_) from act_id_tenant")
N_MUNIS=$(tr ',' '\n' <<<"$MUNIS" | wc -l)
POOL=$(grep -o 'maximum-pool-size: [^}]*}' "$MAIN_DIR/src/main/resources/application-postgres.yaml" | head -1 || true)

# ---- 5. P1 intake -------------------------------------------------------------------------------
stale_statistics ${DB}_wmo
log "P1 intake: warm-up $WARMUP reports"
bench_http url="$APP/api/calamity-reports" user=intake-systeem password=demo body="$BENCH_DIR/payload/calamity-report.json" \
  n="$WARMUP" clients="$CLIENTS" run="${RUN_ID}w" municipalities="$MUNIS" label=p1-warmup >"$WORK/p1-warmup.txt" || die "P1 warm-up"
LOAD_P1=$(load1)
settle_statistics ${DB}_wmo
P1_SEQ0=$(execution_seq_scans ${DB}_wmo)
pgss_reset ${DB}_wmo
P1_CPU0=$(proc_cpu_ms "$APP_PID"); P1_COMMITS0=$(db_commits ${DB}_wmo); P1_SPLIT0=$(cpu_sample "$APP_PID" ${DB}_wmo)
log "P1 intake: $REPORTS reports, $CLIENTS clients, $N_MUNIS municipalities"
P1=$(bench_http url="$APP/api/calamity-reports" user=intake-systeem password=demo body="$BENCH_DIR/payload/calamity-report.json" \
  n="$REPORTS" clients="$CLIENTS" run="$RUN_ID" municipalities="$MUNIS" label=p1) || die "P1"
log "P1 intake: $P1"
P1_CPU1=$(proc_cpu_ms "$APP_PID"); P1_COMMITS1=$(db_commits ${DB}_wmo)
P1_PER_START="app CPU $(calc "($P1_CPU1 - $P1_CPU0) / $REPORTS" 2) ms/start, $(calc "($P1_COMMITS1 - $P1_COMMITS0) / $REPORTS" 2) commits/start (requests only, async jobs still running)"
log "P1 per start: $P1_PER_START"
pgss_dump ${DB}_wmo "$WORK/pgss-p1.txt" "$REPORTS"
echo "$P1_PER_START" >>"$WORK/pgss-p1.txt"
metrics_dump "$WORK/metrics-p1.txt"
P1_OPEN=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_ContactReporter' and name_ = 'Contact opnemen met melder'")
P1_EXPECTED=$((WARMUP + REPORTS))
P1_CHECK="open tasks 'Contact opnemen met melder': $P1_OPEN of $P1_EXPECTED"
[[ $P1_OPEN == "$P1_EXPECTED" ]] && P1_CHECK+=" ✓" || P1_CHECK+=" ✗"
log "P1 check: $P1_CHECK"
read -r P1_DRAIN_S P1_BACKLOG P1_LEFT <<<"$(wait_jobs_drained ${DB}_wmo P1)"
P1_JOBS_DONE=$(psql_db ${DB}_wmo -c "select count(*) from act_hi_job_log where job_def_type_ = 'async-continuation' and job_state_ = 2")
P1_INCIDENTS=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_incident")
log "P1 async: backlog $P1_BACKLOG jobs at end of load, drained in ${P1_DRAIN_S}s; $P1_JOBS_DONE async jobs done; $P1_INCIDENTS incidents"
P1_SEQ=$(( $(execution_seq_scans ${DB}_wmo) - P1_SEQ0 ))
log "P1 plans: $P1_SEQ sequential scans of act_ru_execution during the burst and its async jobs"
P1_COMMITS2=$(db_commits ${DB}_wmo); P1_SPLIT=$(cpu_split "$P1_SPLIT0" "$(cpu_sample "$APP_PID" ${DB}_wmo)" "$REPORTS")
P1_CPU_MS=$(kv app "$P1_SPLIT")
P1_PER_START_ALL="app CPU $P1_CPU_MS ms/start, $(calc "($P1_COMMITS2 - $P1_COMMITS0) / $REPORTS" 2) commits/start (requests and their async jobs, drained)"
log "P1 per start: $P1_PER_START_ALL; CPU ms per start: $P1_SPLIT"
echo "$P1_PER_START_ALL" >>"$WORK/pgss-p1.txt"
echo "CPU ms per start (app, its database's backends, the rest of the machine): $P1_SPLIT" >>"$WORK/pgss-p1.txt"

# ---- 6. P4 in the engine ------------------------------------------------------------------------
if [[ $RUN_P4 == 1 ]]; then
DMN_URL="$APP/engine-rest/decision-definition/key/maatregelcategorie/evaluate"
P4_ANSWER=$(curl -s -u toezichthouder:demo -H 'Content-Type: application/json' -d @"$BENCH_DIR/payload/dmn-evaluate.json" "$DMN_URL")
P4_CAT=$(grep -o '"categorie":{[^}]*"value":[0-9]*' <<<"$P4_ANSWER" | grep -o '[0-9]*$' || echo "?")
bench_http url="$DMN_URL" user=toezichthouder password=demo body="$BENCH_DIR/payload/dmn-evaluate.json" \
  seconds="$DMN_WARMUP" clients="$CLIENTS" label=p4-warmup >/dev/null || die "P4 warm-up"
LOAD_P4E=$(load1)
pgss_reset ${DB}_wmo
log "P4 in engine: REST evaluate, $CLIENTS clients, ${DMN_SECONDS}s"
# BENCH_P4_JFR=1: a JFR profile of the app during the measured burst ($WORK/p4.jfr; it costs CPU, so the burst's
# CPU per evaluation is then not comparable with runs without it)
[[ ${BENCH_P4_JFR:-0} == 1 ]] && jcmd "$APP_PID" JFR.start name=p4 settings=profile filename="$WORK/p4.jfr" >/dev/null
P4_CPU0=$(proc_cpu_ms "$APP_PID")
P4E=$(bench_http url="$DMN_URL" user=toezichthouder password=demo body="$BENCH_DIR/payload/dmn-evaluate.json" \
  seconds="$DMN_SECONDS" clients="$CLIENTS" label=p4-engine) || die "P4 in engine"
[[ ${BENCH_P4_JFR:-0} == 1 ]] && jcmd "$APP_PID" JFR.stop name=p4 >/dev/null
P4E_OK=$(kv ok "$P4E")   # app CPU ms per evaluation over the burst (comparable under load; evaluations/s is not)
[[ ${P4E_OK:-0} -gt 0 ]] && P4E_CPU=$(calc "($(proc_cpu_ms "$APP_PID") - $P4_CPU0) / $P4E_OK" 2)
metrics_dump "$WORK/metrics-p4.txt"
pgss_dump ${DB}_wmo "$WORK/pgss-p4.txt" "$(kv ok "$P4E")"
P4E_STMTS=$(awk -F'|' 'NR == 3 { gsub(/ /, "", $2); gsub(/ /, "", $4); print $2 " statements, " $4 " rows" }' "$WORK/pgss-p4.txt" 2>/dev/null || true)
log "P4 in engine: $P4E (categorie $P4_CAT, standalone $(kv categorie "$P4S"), app CPU $P4E_CPU ms per evaluation, per evaluation ${P4E_STMTS:-?})"
fi

# ---- 7. P3 deadlines ----------------------------------------------------------------------------
P3= P3_NOTE="not run (BENCH_P3=0)"
if [[ $RUN_P3 == 1 ]]; then
  log "P3: starting $TIMERS dwangsom cases at the begunstigingstermijn (timer in 2099)"
  P3_START=$(bench_http url="$APP/engine-rest/process-definition/key/lastOnderDwangsom/start" user=demo password=demo \
    body="$BENCH_DIR/payload/dwangsom-in-force.json" n="$TIMERS" clients="$CLIENTS" run="$RUN_ID" \
    municipalities="$MUNIS" label=p3-start) || die "P3 set-up"
  log "P3 set-up: $P3_START"
  TIMER_SQL="handler_type_ = 'timer-intermediate-transition' and handler_cfg_ = 'Event_ComplianceTermEnded'"
  P3_N=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_job where $TIMER_SQL")
  wait_jobs_drained ${DB}_wmo P3-setup >/dev/null
  RECHECK_BEFORE=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_Recheck'")
  LOAD_P3=$(load1)
  log "P3: $P3_N timers due now"
  pgss_reset ${DB}_wmo
  P3_CPU0=$(cpu_sample "$APP_PID" ${DB}_wmo) P3_TAB0=$(p3_job_table_stats)
  P3_T0=$(date +%s.%N)
  psql_db ${DB}_wmo -c "update act_ru_job set duedate_ = now() - interval '1 second' where $TIMER_SQL" >/dev/null
  # a new async job wakes the job executor's acquisition at once (it may be backing off when idle)
  curl -s -o /dev/null -u intake-systeem:demo -H 'Content-Type: application/json' "$APP/api/calamity-reports" \
    -d "$(sed "s/{{run}}/${RUN_ID}-wake/; s/{{i}}/0/; s/{{muni}}/GM0917/" "$BENCH_DIR/payload/calamity-report.json")"
  P3_FIRST= P3_DONE=0
  for ((i = 0; i < DRAIN_TIMEOUT * 5; i++)); do
    P3_DONE=$(( $(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_Recheck'") - RECHECK_BEFORE ))
    [[ -z $P3_FIRST && $P3_DONE -gt 0 ]] && P3_FIRST=$(date +%s.%N)
    [[ $P3_DONE -ge $P3_N ]] && break
    sleep 0.2
  done
  P3_T1=$(date +%s.%N)
  P3_CPU1=$(cpu_sample "$APP_PID" ${DB}_wmo) P3_TAB1=$(p3_job_table_stats)
  P3_SECONDS=$(calc "$P3_T1 - $P3_T0" 1)
  P3_JPS=$(calc "$P3_DONE / ($P3_T1 - $P3_T0)" 1)
  P3_FIRST_S=$(calc "${P3_FIRST:-$P3_T1} - $P3_T0" 1)
  P3_INCIDENTS=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_incident")
  pgss_dump ${DB}_wmo "$WORK/pgss-p3.txt" "$P3_N"
  P3_JOBS=$(pgss_jobs ${DB}_wmo "$P3_N")
  echo "$P3_JOBS" >>"$WORK/pgss-p3.txt"
  # CPU per job (load-robust): utime+stime of the app JVM and of this database's backends over the whole burst
  P3_CPU=$(awk -v a="$P3_CPU0" -v b="$P3_CPU1" -v n="$P3_DONE" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); n = (n > 0 ? n : 1)
    printf "app_cpu_ms_per_job=%.2f pg_cpu_ms_per_job=%.2f", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }')
  echo "$P3_CPU act_ru_job(upd hot_upd del dead) before=[$P3_TAB0] after=[$P3_TAB1]" >>"$WORK/pgss-p3.txt"
  P3_JOBS="$P3_JOBS $P3_CPU"
  log "P3 job executor: $P3_JOBS"
  metrics_dump "$WORK/metrics-p3.txt"
  P3="label=p3 timers=$P3_N moved=$P3_DONE seconds=$P3_SECONDS jps=$P3_JPS first=$P3_FIRST_S"
  P3_NOTE="$P3_DONE of $P3_N cases at 'Hercontrole' after ${P3_SECONDS}s (first after ${P3_FIRST_S}s); incidents $P3_INCIDENTS; $(kv per_acquisition "$P3_JOBS") jobs per acquisition query, $(kv lock_conflicts "$P3_JOBS") of $(kv lock_updates "$P3_JOBS") lock updates conflicting, $(kv statements_per_job "$P3_JOBS") statements per job"
  log "P3: $P3_NOTE"
fi

# ---- 7b. P3 reference: the same step on a plain model, same engine (BENCH_P3_PLAIN=0 skips it) ----------------------
# bench/payload/plain-timer.bpmn: a timer falls due and the instance waits in a user task for the supervisors' group,
# without subprocesses, variables or a due-date expression; what the engine itself costs for the timer step here
# (history FULL, authorization on), so P3's distance to the engine's own bound can be read off (CPU per job).
P3P= P3P_NOTE="not run (BENCH_P3_PLAIN=0)"
if [[ $RUN_P3 == 1 && ${BENCH_P3_PLAIN:-1} == 1 ]]; then
  P3P_COUNT=${BENCH_P3_PLAIN_TIMERS:-$(( TIMERS < 3000 ? TIMERS : 3000 ))}   # CPU per job does not need more; deleting them takes time
  log "P3 reference: deploying the plain timer model, starting $P3P_COUNT instances (timer in 2099)"
  P3P_DEPLOYMENT=$(curl -sf -u demo:demo -F deployment-name=bench-plain-timer -F deployment-source=bench \
    -F "plain-timer.bpmn=@$BENCH_DIR/payload/plain-timer.bpmn" "$APP/engine-rest/deployment/create" \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4) || true
  [[ -n $P3P_DEPLOYMENT ]] || die "P3 reference: deployment of plain-timer.bpmn refused"
  P3P_START=$(bench_http url="$APP/engine-rest/process-definition/key/benchPlainTimer/start" user=demo password=demo \
    body="$BENCH_DIR/payload/plain-timer-start.json" n="$P3P_COUNT" clients="$CLIENTS" run="$RUN_ID" \
    municipalities="$MUNIS" label=p3-plain-start) || die "P3 reference set-up"
  PLAIN_SQL="handler_type_ = 'timer-intermediate-transition' and handler_cfg_ = 'Event_PlainTimer'"
  P3P_N=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_job where $PLAIN_SQL")
  wait_jobs_drained ${DB}_wmo P3-plain-setup >/dev/null
  P3P_BEFORE=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_PlainRecheck'")
  LOAD_P3P=$(load1)
  log "P3 reference: $P3P_N timers due now"
  pgss_reset ${DB}_wmo
  P3P_CPU0=$(cpu_sample "$APP_PID" ${DB}_wmo)
  P3P_T0=$(date +%s.%N)
  psql_db ${DB}_wmo -c "update act_ru_job set duedate_ = now() - interval '1 second' where $PLAIN_SQL" >/dev/null
  curl -s -o /dev/null -u intake-systeem:demo -H 'Content-Type: application/json' "$APP/api/calamity-reports" \
    -d "$(sed "s/{{run}}/${RUN_ID}-wake-plain/; s/{{i}}/0/; s/{{muni}}/GM0917/" "$BENCH_DIR/payload/calamity-report.json")"
  P3P_DONE=0
  for ((i = 0; i < DRAIN_TIMEOUT * 5; i++)); do
    P3P_DONE=$(( $(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_PlainRecheck'") - P3P_BEFORE ))
    [[ $P3P_DONE -ge $P3P_N ]] && break
    sleep 0.2
  done
  P3P_T1=$(date +%s.%N)
  P3P_CPU1=$(cpu_sample "$APP_PID" ${DB}_wmo)
  P3P_SECONDS=$(calc "$P3P_T1 - $P3P_T0" 1)
  P3P_JPS=$(calc "$P3P_DONE / ($P3P_T1 - $P3P_T0)" 1)
  pgss_dump ${DB}_wmo "$WORK/pgss-p3-plain.txt" "$P3P_N"
  P3P_JOBS=$(pgss_jobs ${DB}_wmo "$P3P_N")
  P3P_CPU=$(awk -v a="$P3P_CPU0" -v b="$P3P_CPU1" -v n="$P3P_DONE" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); n = (n > 0 ? n : 1)
    printf "app_cpu_ms_per_job=%.2f pg_cpu_ms_per_job=%.2f", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }')
  echo "$P3P_JOBS $P3P_CPU" >>"$WORK/pgss-p3-plain.txt"
  log "P3 reference job executor: $P3P_JOBS $P3P_CPU"
  P3P="label=p3-plain timers=$P3P_N moved=$P3P_DONE seconds=$P3P_SECONDS jps=$P3P_JPS"
  P3P_NOTE="$P3P_DONE of $P3P_N at the user task after ${P3P_SECONDS}s; $(kv statements_per_job "$P3P_JOBS") statements, app CPU $(kv app_cpu_ms_per_job "$P3P_CPU") ms and PostgreSQL CPU $(kv pg_cpu_ms_per_job "$P3P_CPU") ms per job (P3: $(kv statements_per_job "${P3_JOBS:-}"), $(kv app_cpu_ms_per_job "${P3_JOBS:-}") and $(kv pg_cpu_ms_per_job "${P3_JOBS:-}") ms); **P3/reference = $(ratio "${P3_JPS:-}" "$P3P_JPS")**"
  log "P3 reference: $P3P_NOTE"
  # P5 counts every open task of the supervisors' group: the reference's instances go again (after the measurement),
  # so P5 sees the same data as without the reference
  P3P_DEL_T0=$(date +%s)
  curl -sf -o /dev/null --max-time 1800 -u demo:demo -X DELETE \
    "$APP/engine-rest/deployment/$P3P_DEPLOYMENT?cascade=true&skipCustomListeners=true&skipIoMappings=true" \
    || log "P3 reference: deleting deployment $P3P_DEPLOYMENT and its instances FAILED: P5 would count its open tasks"
  P3P_LEFT=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_task where task_def_key_ = 'Task_PlainRecheck'")
  [[ $P3P_LEFT == 0 ]] || die "P3 reference: $P3P_LEFT of its tasks still open (P5 would count them)"
  log "P3 reference: its instances deleted in $(( $(date +%s) - P3P_DEL_T0 ))s"
fi

# ---- 8. P5 task lists ---------------------------------------------------------------------------
# p5_measure <suffix> <historic> <open tasks> <tag> <full>: grows ${DB}_wmo (SQL copies), then times the four
# queries; sets P5_SUP$suffix, P5_SUPC$suffix, P5_CM$suffix, P5_HIST$suffix and P5_NOTE$suffix.
# pgss_dump_requests <db> <file> <requests>: like pgss_dump, per request and with the buffers each statement reads
# (P5: what one list request executes, statement by statement; buffers do not depend on the machine's load)
pgss_dump_requests() {
  as_postgres psql -X -q -p "$PG_PORT" -d "$1" -v n="$3" >"$2" 2>&1 <<'SQL' || true
\pset footer off
select sum(calls) as statements, round(sum(calls)::numeric / :n, 1) as statements_per_request,
       round(sum(rows)::numeric / :n, 1) as rows_per_request, round(sum(total_exec_time)::numeric / :n, 2) as exec_ms_per_request,
       round(sum(total_plan_time)::numeric / :n, 2) as plan_ms_per_request,
       round(sum(shared_blks_hit + shared_blks_read)::numeric / :n, 0) as buffers_per_request
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database();
select round(calls::numeric / :n, 2) as per_request, round(rows::numeric / nullif(calls, 0), 1) as rows_each,
       round(mean_exec_time::numeric, 2) as mean_ms, round(total_exec_time::numeric / :n, 2) as ms_per_request,
       round((shared_blks_hit + shared_blks_read)::numeric / nullif(calls, 0), 0) as buffers_each,
       left(regexp_replace(query, '\s+', ' ', 'g'), 160) as query
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database()
 order by total_exec_time desc limit 30;
SQL
}
p5_measure() {
  local sfx=$1 hist=$2 open=$3 tag=$4 full=$5 gen_t0 gen_s hi hi_rows open_n tenants filter_id list_body list_url hist_url
  log "P5$sfx: growing ${DB}_wmo to $hist historic cases and $open open tasks (SQL copies)"
  gen_t0=$(date +%s)
  timeout "${BENCH_P5_VOLUME_TIMEOUT:-3600}" psql "${PSQL_OPTS[@]}" -d ${DB}_wmo -v hist="$hist" -v open="$open" -v tag="$tag" -v full="$full" \
    -f "$BENCH_DIR/sql/p5-volume.sql" >"$WORK/p5-volume$sfx.log" 2>&1 || { tail -20 "$WORK/p5-volume$sfx.log" >&2; die "P5 volume"; }
  gen_s=$(( $(date +%s) - gen_t0 ))
  hi=$(psql_db ${DB}_wmo -c "select count(*) from act_hi_procinst where end_time_ is not null")
  hi_rows=$(psql_db ${DB}_wmo -c "select sum(n_live_tup) from pg_stat_user_tables where relname like 'act_hi_%'")
  open_n=$(psql_db ${DB}_wmo -c "select count(*) from act_ru_task")
  tenants=$(psql_db ${DB}_wmo -c "select count(distinct tenant_id_) from act_ru_task")
  filter_id=$(psql_db ${DB}_wmo -c "select id_ from act_ru_filter where name_ = 'Taken van mijn groepen'")
  list_body=$WORK/filter-list.json
  echo '{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}' >"$list_body"
  list_url="$APP/engine-rest/filter/$filter_id/list?firstResult=0&maxResults=15"
  hist_url="$APP/engine-rest/history/process-instance?processDefinitionKey=calamiteit&finished=true&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=15"
  printf -v "SUP_COUNT$sfx" '%s' "$(curl -s -u toezichthouder:demo "$APP/engine-rest/filter/$filter_id/count" | grep -o '[0-9][0-9]*' || echo "?")"
  printf -v "CM_COUNT$sfx" '%s' "$(curl -s -u contractmanager-heerlen:demo "$APP/engine-rest/filter/$filter_id/count" | grep -o '[0-9][0-9]*' || echo "?")"
  # warm the query paths
  for u in toezichthouder contractmanager-heerlen; do
    bench_http url="$list_url" accept=application/hal+json user=$u password=demo body="$list_body" n=20 seconds=10 clients=1 label=warm >/dev/null || die "P5 warm-up"
  done
  bench_http url="$hist_url" method=GET user=manager-heerlen password=demo n=20 seconds=10 clients=1 label=warm >/dev/null || die "P5 warm-up"
  bench_http url="$APP/engine-rest/filter/$filter_id/count" method=GET user=toezichthouder password=demo n=20 seconds=10 clients=1 label=warm >/dev/null || die "P5 warm-up"
  # the plans of the supervisor's list and count at this size (buffers and rows do not depend on the load)
  psql "${PSQL_OPTS[@]}" -d ${DB}_wmo -v tenants="$(psql_db ${DB}_wmo -c "select string_agg(quote_literal(id_), ',') from act_id_tenant")" \
    -f "$BENCH_DIR/sql/p5-explain.sql" >"$WORK/p5-explain$sfx.txt" 2>&1 || log "P5$sfx: EXPLAIN failed (see p5-explain$sfx.txt)"
  # ... and of the history list as the engine sends it for manager-heerlen (tenant GM0917, group managers)
  psql "${PSQL_OPTS[@]}" -d ${DB}_wmo -f "$BENCH_DIR/sql/p5-history-explain.sql" >"$WORK/p5-history-explain$sfx.txt" 2>&1 \
    || log "P5$sfx: history EXPLAIN failed (see p5-history-explain$sfx.txt)"
  printf -v "LOAD_P5$sfx" '%s' "$(load1)"
  log "P5$sfx: $hi historic cases ($hi_rows history rows), $open_n open tasks in $tenants municipalities; $QUERIES queries each, $QUERY_CLIENTS clients"
  local r
  # wall clock of each phase (times-*.tsv count from there) and, afterwards, autovacuum/analyze and checkpoints during P5
  p5_clock() { echo "$(date -u +%FT%T.%3NZ) $1" >>"$WORK/p5-clock$sfx.txt"; }
  psql_db ${DB}_wmo -c "select checkpoints_timed + checkpoints_req from pg_stat_bgwriter" >"$WORK/p5-checkpoints$sfx.txt"
  p5_clock supervisor-list
  pgss_reset ${DB}_wmo
  r=$(bench_http url="$list_url" accept=application/hal+json user=toezichthouder password=demo body="$list_body" \
    n="$QUERIES" seconds="$QUERY_SECONDS" clients="$QUERY_CLIENTS" prime=1 label="p5$sfx-supervisor-list") || die "P5"
  # statements of the list phase only (each client's priming request included)
  pgss_dump_requests ${DB}_wmo "$WORK/pgss-p5-list$sfx.txt" "$(( $(kv ok "$r") + QUERY_CLIENTS ))"
  printf -v "P5_SUP$sfx" '%s' "$r"; log "P5$sfx: $r"
  p5_clock supervisor-count
  r=$(bench_http url="$APP/engine-rest/filter/$filter_id/count" method=GET user=toezichthouder password=demo \
    n="$QUERIES" seconds="$QUERY_SECONDS" clients="$QUERY_CLIENTS" prime=1 label="p5$sfx-supervisor-count") || die "P5"
  printf -v "P5_SUPC$sfx" '%s' "$r"; log "P5$sfx: $r"
  p5_clock contractmanager-list
  r=$(bench_http url="$list_url" accept=application/hal+json user=contractmanager-heerlen password=demo body="$list_body" \
    n="$QUERIES" seconds="$QUERY_SECONDS" clients="$QUERY_CLIENTS" prime=1 label="p5$sfx-contractmanager-list") || die "P5"
  printf -v "P5_CM$sfx" '%s' "$r"; log "P5$sfx: $r"
  p5_clock manager-history
  pgss_reset ${DB}_wmo
  r=$(bench_http url="$hist_url" method=GET user=manager-heerlen password=demo \
    n="$QUERIES" seconds="$QUERY_SECONDS" clients="$QUERY_CLIENTS" prime=1 label="p5$sfx-manager-history") || die "P5"
  # statements of the history phase only, per request, with their buffers, and the temp blocks a spilled sort wrote
  pgss_dump_requests ${DB}_wmo "$WORK/pgss-p5-history$sfx.txt" "$(( $(kv ok "$r") + QUERY_CLIENTS ))"
  as_postgres psql -X -q -A -t -p "$PG_PORT" -d ${DB}_wmo -c "select 'temp blocks written per request: ' ||
    round(sum(temp_blks_written)::numeric / $(( $(kv ok "$r") + QUERY_CLIENTS )), 1) from pg_stat_statements s
    join pg_database d on d.oid = s.dbid where d.datname = current_database()" >>"$WORK/pgss-p5-history$sfx.txt" 2>&1 || true
  printf -v "P5_HIST$sfx" '%s' "$r"; log "P5$sfx: $r"
  p5_clock end
  psql_db ${DB}_wmo -c "select checkpoints_timed + checkpoints_req from pg_stat_bgwriter" >>"$WORK/p5-checkpoints$sfx.txt"
  psql_db ${DB}_wmo -F ' ' -c "select relname, last_autovacuum, last_autoanalyze from pg_stat_user_tables
    where greatest(last_autovacuum, last_autoanalyze) > now() - interval '$((4 * QUERY_SECONDS + 60)) seconds' order by 1" \
    >"$WORK/p5-autovacuum$sfx.txt" || true
  printf -v "P5_NOTE$sfx" '%s' "$hi historic cases, $open_n open tasks, $tenants municipalities (data made in ${gen_s}s$([[ $full == 1 ]] || echo "; cases beyond the previous size carry process-instance, task and identity-link history only"))"
  printf -v "P5_SIZE$sfx" '%s' "$hi historic cases, $open_n open tasks"
  P5_TENANTS_N=$tenants
}
P5_NOTE="not run (BENCH_P5=0)" P5_SUP= P5_SUPC= P5_CM= P5_HIST=
P5_NOTE_G="not run (BENCH_GROWTH=0)" P5_SUP_G= P5_SUPC_G= P5_CM_G= P5_HIST_G=
if [[ $RUN_P5 == 1 ]]; then
  p5_measure "" "$HISTORIC" "$OPEN_TASKS" a 1
  if [[ $RUN_GROWTH == 1 ]]; then
    p5_measure _G "$GROWTH_HISTORIC" "$GROWTH_OPEN_TASKS" b "$GROWTH_FULL"
  fi
fi
stop_pid "$APP_PID" "wmo-toezicht"; APP_PID=

# ---- 9. P2 peer ---------------------------------------------------------------------------------
P2= P2_NOTE="not run (BENCH_PEER=0)"
if [[ $RUN_PEER == 1 ]]; then
  [[ -f $PEER_JAR ]] || die "no peer jar; run with BENCH_BUILD=1"
  PEER_PORT=$(free_port 18090)
  PEER=http://127.0.0.1:$PEER_PORT
  log "starting the peer on $PEER (${DB}_peer)"
  (
    cd "$WORK"
    exec java $JAVA_OPTS $PEER_JAVA_OPTS -jar "$PEER_JAR" --server.port="$PEER_PORT" \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/${DB}_peer" \
      --spring.datasource.username=bench --spring.datasource.password=bench >"$WORK/peer.log" 2>&1
  ) &
  PEER_PID=$!
  wait_http "$PEER/engine-rest/engine" "$PEER_PID" peer 240
  stale_statistics ${DB}_peer
  log "P2 peer: warm-up $WARMUP messages"
  bench_http url="$PEER/engine-rest/message" body="$BENCH_DIR/payload/peer-message.json" n="$WARMUP" \
    clients="$CLIENTS" run="${RUN_ID}w" municipalities="$MUNIS" label=p2-warmup >"$WORK/p2-warmup.txt" || die "P2 warm-up"
  LOAD_P2=$(load1)
  settle_statistics ${DB}_peer
  P2_SEQ0=$(execution_seq_scans ${DB}_peer)
  pgss_reset ${DB}_peer
  P2_SPLIT0=$(cpu_sample "$PEER_PID" ${DB}_peer)
  log "P2 peer: $REPORTS messages, $CLIENTS clients"
  P2=$(bench_http url="$PEER/engine-rest/message" body="$BENCH_DIR/payload/peer-message.json" n="$REPORTS" \
    clients="$CLIENTS" run="$RUN_ID" municipalities="$MUNIS" label=p2) || die "P2"
  log "P2 peer: $P2"
  pgss_dump ${DB}_peer "$WORK/pgss-p2.txt" "$REPORTS"
  P2_OPEN=$(psql_db ${DB}_peer -c "select count(*) from act_ru_task where task_def_key_ = 'Task_ContactReporter'")
  read -r P2_DRAIN_S P2_BACKLOG P2_LEFT <<<"$(wait_jobs_drained ${DB}_peer P2)"
  P2_NOTE="open tasks 'Contact opnemen met melder': $P2_OPEN of $P1_EXPECTED"
  [[ $P2_OPEN == "$P1_EXPECTED" ]] && P2_NOTE+=" ✓" || P2_NOTE+=" ✗"
  P2_NOTE+="; async backlog $P2_BACKLOG drained in ${P2_DRAIN_S}s"
  P2_NOTE+="; act_ru_execution sequential scans $(( $(execution_seq_scans ${DB}_peer) - P2_SEQ0 ))"
  # the same load-robust figure as P1's (burst and its async jobs, drained): CPU per start does not depend on how
  # busy the machine is, so ours/peer in CPU is comparable across runs where starts/s is not
  P2_SPLIT=$(cpu_split "$P2_SPLIT0" "$(cpu_sample "$PEER_PID" ${DB}_peer)" "$REPORTS")
  P2_CPU_MS=$(kv app "$P2_SPLIT")
  P2_NOTE+="; app CPU $P2_CPU_MS ms/start (ours $P1_CPU_MS, ours/peer $(ratio "$P1_CPU_MS" "$P2_CPU_MS"))"
  echo "app CPU $P2_CPU_MS ms/start (requests and their async jobs, drained)" >>"$WORK/pgss-p2.txt"
  echo "CPU ms per start (app, its database's backends, the rest of the machine): $P2_SPLIT" >>"$WORK/pgss-p2.txt"
  # What P1 / P2 could be at most, from the machine's CPU per start on each side. With every core busy, starts/s is the
  # cores' time divided by the CPU a start costs on the whole machine, so ours/peer = peer total / ours total. Were
  # our app's part zero, ours/peer would be peer total / (ours database + rest); and P1 = 1.5 × P2 needs ours' app to
  # cost at most peer total / 1.5 - (ours database + rest) per start.
  P1_REST=$(calc "$(kv db "$P1_SPLIT") + $(kv other "$P1_SPLIT")" 2)
  P2_BOUND="cpu_ratio=$(ratio "$(kv total "$P2_SPLIT")" "$(kv total "$P1_SPLIT")") bound_app_zero=$(ratio "$(kv total "$P2_SPLIT")" "$P1_REST") app_needed=$(calc "$(kv total "$P2_SPLIT") / 1.5 - $P1_REST" 2)"
  P2_NOTE+="; CPU ms per start, app + database + rest of machine: ours $(kv app "$P1_SPLIT") + $(kv db "$P1_SPLIT") + $(kv other "$P1_SPLIT"), peer $(kv app "$P2_SPLIT") + $(kv db "$P2_SPLIT") + $(kv other "$P2_SPLIT") (peer total / ours total $(kv cpu_ratio "$P2_BOUND"); what this allows P1: below the goals)"
  log "P2 check: $P2_NOTE"
  stop_pid "$PEER_PID" "peer"; PEER_PID=
fi

# ---- 10. ceiling, second half -------------------------------------------------------------------
LOAD_CEIL2=$(load1)
log "ceiling 2/2: pgbench, $CLIENTS clients, ${CEILING_SECONDS}s"
read -r CEIL2_TPS CEIL2_LAT <<<"$(ceiling 2)"
CEIL2_TPS=$(calc "${CEIL2_TPS:-0}" 1)
[[ $CEIL2_TPS != 0.0 ]] || die "pgbench gave no tps"
CEIL=$(calc "($CEIL1_TPS + $CEIL2_TPS) / 2" 1)
log "ceiling 2/2: $CEIL2_TPS tps; mean $CEIL"

# ---- 11. the table ------------------------------------------------------------------------------
lat() { [[ -n ${1:-} ]] && echo "$(kv p50 "$1") / $(kv p95 "$1") / $(kv p99 "$1")" || echo "-"; }
lat4() { [[ -n ${1:-} ]] && echo "$(kv p50 "$1") / $(kv p95 "$1") / $(kv p99 "$1") / $(kv max "$1")" || echo "-"; }
errs() { [[ -n ${1:-} ]] && echo "$(kv errors "$1") errors" || echo ""; }
P1_RPS=$(kv rps "$P1"); P2_RPS=$(kv rps "${P2:-}"); P4E_RPS=$(kv rps "$P4E"); P4S_EPS=$(kv eps "$P4S")
P3_JPS=$(kv jps "${P3:-}")
ELAPSED=$(( $(date +%s) - T0 ))
TABLE=$WORK/table.md
{
  echo "Run $RUN_ID on $(hostname), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); PostgreSQL $PG_VERSION ($PG_SETTINGS)"
  echo "App commit $APP_COMMIT with $APP_DIRTY changed tracked file(s) outside bench/; JVM $(java -version 2>&1 | head -1 | cut -d'"' -f2) $JAVA_OPTS; $CLIENTS clients; total ${ELAPSED}s"
  echo
  echo "| benchmark | result | latency p50 / p95 / p99 ms | ratio to ceiling | notes | load 1m |"
  echo "|---|---|---|---|---|---|"
  echo "| ceiling: pgbench, 1 SELECT + 6 INSERT + COMMIT | **$CEIL tps** (run 1: $CEIL1_TPS, run 2: $CEIL2_TPS) | avg $CEIL1_LAT / $CEIL2_LAT | 1.00 | $CLIENTS clients, ${CEILING_SECONDS}s each, before and after the rest | $LOAD_CEIL1 / $LOAD_CEIL2 |"
  echo "| P1 intake: POST /api/calamity-reports → first user task | **$P1_RPS reports/s** ($REPORTS, $(errs "$P1")) | $(lat "$P1") | $(ratio "$P1_RPS" "$CEIL") | $P1_CHECK; async mail backlog $P1_BACKLOG jobs drained in ${P1_DRAIN_S}s; incidents $P1_INCIDENTS; CPU ms per start, app + database + rest of machine: $(kv app "$P1_SPLIT") + $(kv db "$P1_SPLIT") + $(kv other "$P1_SPLIT"); act_ru_execution sequential scans $P1_SEQ | $LOAD_P1 |"
  if [[ -n ${P2:-} ]]; then
    echo "| P2 peer: plain 7.24 starter, POST /engine-rest/message | **$P2_RPS starts/s** ($REPORTS, $(errs "$P2")) | $(lat "$P2") | $(ratio "$P2_RPS" "$CEIL") | **ours/default = $(ratio "$P1_RPS" "$P2_RPS")**; $P2_NOTE | $LOAD_P2 |"
  else
    echo "| P2 peer | not measured | - | - | $P2_NOTE | - |"
  fi
  if [[ -n ${P3:-} ]]; then
    echo "| P3 deadlines: $P3_N begunstigingstermijn timers due at once | **$P3_JPS jobs/s**, all moved on in ${P3_SECONDS}s | - | $(ratio "$P3_JPS" "$CEIL") | $P3_NOTE | $LOAD_P3 |"
  else
    echo "| P3 deadlines | not measured | - | - | $P3_NOTE | - |"
  fi
  if [[ -n ${P3P:-} ]]; then
    echo "| P3 reference (informational): $P3P_N timers due at once on a plain model (timer → user task), same engine | **$P3P_JPS jobs/s** | - | $(ratio "$P3P_JPS" "$CEIL") | $P3P_NOTE | $LOAD_P3P |"
  fi
  echo "| P4 decisions, standalone DMN engine ($(nproc) threads) | **$P4S_EPS evaluations/s** | - | $(ratio "$P4S_EPS" "$CEIL") | DRD maatregelcategorie, categorie $(kv categorie "$P4S") | $LOAD_P4S |"
  echo "| P4 decisions, in the engine: REST evaluate with history | **$P4E_RPS evaluations/s** ($(errs "$P4E")) | $(lat "$P4E") | $(ratio "$P4E_RPS" "$CEIL") | **engine/standalone = $(ratio "$P4E_RPS" "$P4S_EPS")**; categorie $P4_CAT | $LOAD_P4E |"
  echo "| P4 (informational) standalone DMN engine with the platform's FEEL engine | $(kv eps "$P4F") evaluations/s | - | $(ratio "$(kv eps "$P4F")" "$CEIL") | engine/this = $(ratio "$P4E_RPS" "$(kv eps "$P4F")"), not the goal's reference; CPU ms per evaluation: standalone default $(kv cpu_ms_per_eval "$P4S"), standalone platform FEEL $(kv cpu_ms_per_eval "$P4F"), engine (app JVM) $P4E_CPU; categorie $(kv categorie "$P4F") | $LOAD_P4S |"
  if [[ -z ${P5_SUP:-} ]]; then
    echo "| P5 task lists | not measured | - | - | $P5_NOTE | - |"
  fi
  if [[ -n ${P5_SUP:-} ]]; then
    echo
    echo "P5 task lists, $QUERY_CLIENTS client(s), $QUERIES requests or ${QUERY_SECONDS}s per query; latency p50 / p95 / p99 / max ms (per-request times: times-p5*.tsv)"
    echo
    local_g=$([[ -n ${P5_SUP_G:-} ]] && echo " | growth: $P5_SIZE_G" || echo "")
    echo "| P5 query | $P5_SIZE$local_g |"
    echo "|---|---|$([[ -n ${P5_SUP_G:-} ]] && echo "---|")"
    p5row() { local g=""; [[ -n ${3:-} ]] && g=" | $(lat4 "$3") ($(kv ok "$3") requests)"; echo "| $1 | $(lat4 "$2") ($(kv ok "$2") requests)$g |"; }
    p5row "Tasklist filter list (15, HAL), toezichthouder, all $P5_TENANTS_N municipalities (count $SUP_COUNT${SUP_COUNT_G:+ / $SUP_COUNT_G})" "$P5_SUP" "${P5_SUP_G:-}"
    p5row "Tasklist filter count, toezichthouder" "$P5_SUPC" "${P5_SUPC_G:-}"
    p5row "Tasklist filter list, contractmanager-heerlen (one municipality; count $CM_COUNT${CM_COUNT_G:+ / $CM_COUNT_G})" "$P5_CM" "${P5_CM_G:-}"
    p5row "History list (Cockpit-like, newest 15 finished calamity cases), manager-heerlen" "$P5_HIST" "${P5_HIST_G:-}"
    echo
    echo "$P5_NOTE; load 1m $LOAD_P5$([[ -n ${P5_SUP_G:-} ]] && echo ". Growth: $P5_NOTE_G; load 1m ${LOAD_P5_G:-}")"
  fi
  # ---- the issue's goals, each a ratio or latency from this one run
  FULL=1
  [[ ($RUN_P3 == 0 || $TIMERS -ge 10000) && $HISTORIC -ge 100000 && $OPEN_TASKS -ge 10000 ]] || FULL=0
  echo
  echo "Goals (issue 16)$([[ $FULL == 0 ]] && echo "; reduced sizes (BENCH_TIMERS=$TIMERS, BENCH_HISTORIC=$HISTORIC, BENCH_OPEN_TASKS=$OPEN_TASKS): the goals are stated for the full sizes")"
  echo
  echo "| goal | measured | met |"
  echo "|---|---|---|"
  goal() { local v=$3; if [[ -z $v || $v == - ]]; then echo "| $1 | not measured | - |";
    elif awk "BEGIN{exit !($v $2)}"; then echo "| $1 | $v | yes |"; else echo "| $1 | $v | **no** |"; fi; }
  goal "P1 ≥ 1.5 × P2 (ours/default)" ">= 1.5" "$(ratio "$P1_RPS" "${P2_RPS:-}")"
  goal "P3 ≥ 0.3 × ceiling (jobs/s / tps)" ">= 0.3" "$(ratio "${P3_JPS:-}" "$CEIL")"
  goal "P4 in engine ≥ 0.3 × standalone" ">= 0.3" "$(ratio "$P4E_RPS" "$P4S_EPS")"
  goal "P5 supervisor list p95 ≤ 150 ms" "<= 150" "$(kv p95 "${P5_SUP:-}")"
  goal "P5 supervisor count p99 ≤ 500 ms" "<= 500" "$(kv p99 "${P5_SUPC:-}")"
  goal "P5 supervisor list and count: no request over 1 s (max ms)" "<= 1000" \
    "$( [[ -n ${P5_SUP:-} ]] && awk "BEGIN{a=$(kv max "$P5_SUP"); b=$(kv max "$P5_SUPC"); print (a > b ? a : b)}")"
  goal "P5 contract manager list p95 ≤ 50 ms" "<= 50" "$(kv p95 "${P5_CM:-}")"
  goal "P5 history list p95 ≤ 50 ms" "<= 50" "$(kv p95 "${P5_HIST:-}")"
  if [[ -n ${P2_BOUND:-} ]]; then
    echo
    echo "P1 against the CPU it costs (P2's notes): a start cost the whole machine $(kv total "$P1_SPLIT") ms of CPU on our side and $(kv total "$P2_SPLIT") ms on the peer's. Were our app's $(kv app "$P1_SPLIT") ms zero, P1 / P2 could reach at most $(kv bound_app_zero "$P2_BOUND"); 1.5 needs our app to cost at most $(kv app_needed "$P2_BOUND") ms per start, where the peer's app costs $(kv app "$P2_SPLIT") ms for the same model."
  fi
} >"$TABLE"
[[ -s $WORK/bench-errors.log ]] && log "request errors were logged to $WORK/bench-errors.log"
echo
cat "$TABLE"
exit
}
