#!/usr/bin/env bash
# bench/cockpit.sh: what a manager's Cockpit asks of the app at region scale, request by request (issue 16, wave 8).
#
#   COCKPIT_DB=w8c_wmo bench/cockpit.sh                       # an existing bench database (bench/run.sh leaves one)
#   COCKPIT_DB=w8c_wmo COCKPIT_N=100 COCKPIT_USERS="manager-heerlen demo" bench/cockpit.sh
#
# Starts the app jar against the given database (profiles postgres,demo + bench/application-bench.yaml, as bench/run.sh
# does; the job executor off, so nothing in the data moves while it is measured), logs in to Cockpit with a session per
# user exactly as the browser does, and sends each request the browser sends for the pages below, COCKPIT_N times one
# after the other (after COCKPIT_WARMUP untimed ones). Prints a table per user and request: p50 / p95 / p99 / max in
# ms, and the load-robust figures beside them: the app JVM's CPU per request (utime+stime from /proc over the burst)
# and, with pg_stat_statements, statements and buffers per request. Per-request times stay in
# bench/.work/cockpit-<time>/times-<user>-<request>.tsv.
#
# The requests (found by walking Cockpit as a manager in Chromium with the app's access log on; Camunda 7.24 webapps
# and this app's Cockpit plugins, app/cockpit/scripts/wmo/*.js):
#   dashboard / processes page  the process-definition statistics (with incidents and with root incidents)
#   a definition's page         the definition, its activity statistics, running instances (page of 50 and count)
#   an instance's page          the instance, its activity-instance tree, our timer overlay (/api/process-instances/{id}/timers)
#   our plugins                 the Termijnenoverzicht (/api/deadlines; since wave 9 also as its page asks it: a
#                               page of 50, /count, /municipalities), Toezicht in cijfers (/api/reports/*),
#                               the Printwachtrij (/api/print-queue)
#   Toezicht in cijfers since wave 9 sends /api/reports/scopes and /api/reports/annual/view (cijfers-view); the
#   figures and the six chart PNGs it sent before (cijfers-annual, cijfers-chart-*) are timed too, for a comparison;
#   each for the user's municipality and for the purchasing region COCKPIT_REPORT_REGION (*-region). Whole page views
#   with the six charts loaded at once as the browser does: bench/cijfers-page.sh.
# The definition is the latest lastOnderDwangsom (bench P3 leaves 10,000 running instances of it); the instance is
# one of the first user's municipality.
#
# Users: manager-heerlen (group managers, one municipality), manager-regio (group managers, every municipality of
# the region: made here through the engine's REST API if absent, as a GGD-wide team leader would be set up) and demo
# (administrator: no authorization or tenant checks) for comparison.
#
# It reads, it does not change the data, except that it adds the user manager-regio once. Needs root (runuser -u
# postgres) for pg_stat_statements; without it the statement columns say "-".
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
DB=${COCKPIT_DB:?set COCKPIT_DB to the database to measure, e.g. w8c_wmo}
N=${COCKPIT_N:-50}
WARMUP=${COCKPIT_WARMUP:-5}
USERS=${COCKPIT_USERS:-manager-heerlen manager-regio demo}
JAR=${COCKPIT_JAR:-$BENCH_DIR/.work/app.jar}
JAVA_OPTS=${COCKPIT_JAVA_OPTS:--Xms1g -Xmx2g}
PG_PORT=${COCKPIT_PG_PORT:-5432}
PASSWORD=${COCKPIT_PASSWORD:-demo}
REGION_PASSWORD=${COCKPIT_REGION_PASSWORD:-Cockpit-bench-2026}
ONLY=${COCKPIT_ONLY:-}   # a regular expression: only the requests whose name matches
# Toezicht in cijfers for a purchasing region too (wave 9): its code, and extra app config files (comma-separated),
# e.g. COCKPIT_APP_CONFIG=$BENCH_DIR/application-region25.yaml COCKPIT_REPORT_REGION=regio25 (all 25 municipalities)
REPORT_REGION=${COCKPIT_REPORT_REGION:-parkstad}
APP_CONFIG=${COCKPIT_APP_CONFIG:+,file:${COCKPIT_APP_CONFIG//,/,file:}}
SECONDS_MAX=${COCKPIT_SECONDS:-60}   # a burst stops after this many seconds even before COCKPIT_N requests

OUT=$BENCH_DIR/.work/cockpit-$(date +%Y%m%d%H%M%S)
mkdir -p "$OUT"
export PGPASSWORD=bench
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U bench -X -A -t -q -v ON_ERROR_STOP=1 -d "$DB")
log() { printf '[cockpit %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
free_port() { local p=$1; while ss -ltnH "sport = :$p" | grep -q .; do p=$((p + 1)); done; echo "$p"; }
source "$BENCH_DIR/lib.sh"   # proc_cpu_ms, as_postgres, pgss_reset (with run.sh)
PGSS=1
as_postgres psql -X -q -p "$PG_PORT" -d "$DB" -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || PGSS=0
# pgss_per_request <requests> -> "statements buffers" per request (this database's statements since the reset)
pgss_per_request() {
  [[ $PGSS == 1 ]] || { echo "- -"; return; }
  as_postgres psql -X -q -A -t -F ' ' -p "$PG_PORT" -d "$DB" -c "select round(sum(calls)::numeric / $1, 1),
    round(sum(shared_blks_hit + shared_blks_read)::numeric / $1, 0) from pg_stat_statements s
    join pg_database d on d.oid = s.dbid where d.datname = current_database()" 2>/dev/null || echo "- -"
}
pgss_top() {   # the statements of the last burst, most expensive first
  [[ $PGSS == 1 ]] || return 0
  as_postgres psql -X -q -p "$PG_PORT" -d "$DB" -v n="$1" >"$2" 2>&1 <<'SQL' || true
\pset footer off
select round(calls::numeric / :n, 2) as per_request, round(rows::numeric / nullif(calls, 0), 1) as rows_each,
       round(mean_exec_time::numeric, 2) as mean_ms,
       round((shared_blks_hit + shared_blks_read)::numeric / nullif(calls, 0), 0) as buffers_each,
       left(regexp_replace(query, '\s+', ' ', 'g'), 400) as query
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database()
 order by total_exec_time desc limit 15;
SQL
}

"${PSQL[@]}" -c "select 1" >/dev/null || die "database $DB not reachable as bench"

# ---- the app -------------------------------------------------------------------------------------------------------
APP_PID=
cleanup() {
  local rc=$?
  if [[ -z ${COCKPIT_APP_URL:-} && -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  log "raw results: $OUT"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [[ -n ${COCKPIT_APP_URL:-} ]]; then
  # an app already running against $DB (COCKPIT_APP_PID: its pid, for the CPU column)
  APP=$COCKPIT_APP_URL APP_PID=${COCKPIT_APP_PID:?with COCKPIT_APP_URL give COCKPIT_APP_PID}
  JAR="(running app, pid $APP_PID)"
else
  [[ -f $JAR ]] || die "no app jar at $JAR (bench/run.sh builds one; or set COCKPIT_JAR)"
  PORT=${COCKPIT_PORT:-$(free_port 18280)}
  APP=http://127.0.0.1:$PORT
  log "starting the app ($JAR) on $APP against $DB"
  (
    cd "$OUT"
    export WMO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" WMO_DB_USER=bench WMO_DB_PASSWORD=bench
    export WMO_MAIL_HOST=127.0.0.1 WMO_MAIL_PORT=9
    exec java $JAVA_OPTS ${COCKPIT_APP_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres,demo \
      --spring.config.additional-location="file:$BENCH_DIR/application-bench.yaml$APP_CONFIG" --server.port="$PORT" \
      --wmo.demo.mail-server.enabled=false --camunda.bpm.job-execution.enabled=false >"$OUT/app.log" 2>&1
  ) &
  APP_PID=$!
  for ((i = 0; i < ${COCKPIT_START_TIMEOUT:-300}; i++)); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log" >&2; die "the app exited during start-up"; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$APP/actuator/health" || true) == 200 ]] && break
    sleep 1
  done
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$APP/actuator/health" || true) == 200 ]] || die "app not up"
  ss -ltnpH "sport = :$PORT" | grep -q "pid=$APP_PID," || die "port $PORT answers for another process: set COCKPIT_PORT"
  log "app up (pid $APP_PID)"
fi

# ---- the data: the definition, an instance, the region-wide manager ----------------------------------------------
DEF_KEY=${COCKPIT_DEFINITION_KEY:-lastOnderDwangsom}
DEF_ID=$("${PSQL[@]}" -c "select id_ from act_re_procdef where key_ = '$DEF_KEY' order by version_ desc limit 1")
[[ -n $DEF_ID ]] || die "no process definition $DEF_KEY in $DB"
TENANT=${COCKPIT_TENANT:-GM0917}
INST_ID=$("${PSQL[@]}" -c "select id_ from act_ru_execution where proc_def_id_ = '$DEF_ID' and id_ = proc_inst_id_
  and tenant_id_ = '$TENANT' order by id_ limit 1")
[[ -n $INST_ID ]] || die "no running $DEF_KEY instance of $TENANT in $DB"
RUNNING=$("${PSQL[@]}" -c "select count(*) from act_ru_execution where proc_def_id_ = '$DEF_ID' and id_ = proc_inst_id_")
ALL_RUNNING=$("${PSQL[@]}" -c "select count(*) from act_ru_execution where id_ = proc_inst_id_")
HISTORIC=$("${PSQL[@]}" -c "select count(*) from act_hi_procinst")
TASKS=$("${PSQL[@]}" -c "select count(*) from act_ru_task")
TENANTS=$("${PSQL[@]}" -c "select string_agg(id_, ' ' order by id_) from act_id_tenant")
log "$DB: $ALL_RUNNING running instances ($RUNNING of $DEF_ID), $HISTORIC historic, $TASKS open tasks"

if [[ " $USERS " == *" manager-regio "* ]] \
  && [[ $(curl -s -o /dev/null -w '%{http_code}' -u demo:"$PASSWORD" "$APP/engine-rest/user/manager-regio/profile") != 200 ]]; then
  log "making manager-regio (group managers, every municipality)"
  curl -sf -o /dev/null -u demo:"$PASSWORD" -H 'Content-Type: application/json' "$APP/engine-rest/user/create" \
    -d "{\"profile\":{\"id\":\"manager-regio\",\"firstName\":\"Regio\",\"lastName\":\"Teamleider\",\"email\":\"manager-regio@bench.example\"},\"credentials\":{\"password\":\"$REGION_PASSWORD\"}}" \
    || die "creating manager-regio"
  curl -sf -o /dev/null -u demo:"$PASSWORD" -X PUT "$APP/engine-rest/group/managers/members/manager-regio" \
    || die "manager-regio into managers"
  for t in $TENANTS; do
    curl -sf -o /dev/null -u demo:"$PASSWORD" -X PUT "$APP/engine-rest/tenant/$t/user-members/manager-regio" \
      || die "manager-regio into $t"
  done
fi
password_of() { [[ $1 == manager-regio ]] && echo "$REGION_PASSWORD" || echo "$PASSWORD"; }

# ---- the requests ----------------------------------------------------------------------------------------------------
YEAR=$(date +%Y)
ENGINE=/camunda/api/engine/engine/default
BASE=/camunda/api/cockpit/plugin/base/default
# name|method|path|body (GET: no body); {def} {inst} {key} replaced. In the order the pages send them (Chromium
# walk, access log); the definition page's and instance page's static parts (model XML, definition) included.
REQUESTS=(
  # Cockpit's start page (dashboard)
  "dash-statistics-root-incidents|GET|$ENGINE/process-definition/statistics?rootIncidents=true|"
  "dash-task-count|GET|$ENGINE/task/count|"
  "dash-task-count-assigned|GET|$ENGINE/task/count?unfinished=true&assigned=true|"
  "dash-task-count-groups|GET|$ENGINE/task/count?unfinished=true&unassigned=true&withCandidateGroups=true|"
  "dash-task-count-nogroups|GET|$ENGINE/task/count?unfinished=true&unassigned=true&withoutCandidateGroups=true|"
  "dash-definition-count|GET|$ENGINE/process-definition/count?latestVersion=true|"
  "dash-deployment-count|GET|$ENGINE/deployment/count|"
  # Processes
  "procs-statistics-count|GET|$BASE/process-definition/statistics-count|"
  "procs-statistics|GET|$BASE/process-definition/statistics?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc|"
  # one definition (lastOnderDwangsom)
  "def-definition|GET|$ENGINE/process-definition/{def}|"
  "def-xml|GET|$ENGINE/process-definition/{def}/xml|"
  "def-instances-all-count|POST|$ENGINE/process-instance/count|{\"processDefinitionKey\":\"{key}\",\"processDefinitionWithoutTenantId\":true}"
  "def-instances-current-count|POST|$ENGINE/process-instance/count|{\"processDefinitionId\":\"{def}\"}"
  "def-activity-statistics|GET|$ENGINE/process-definition/{def}/statistics?incidents=true|"
  "def-job-definitions|GET|$ENGINE/job-definition?processDefinitionId={def}&firstResult=0&maxResults=2000|"
  "def-table-count|POST|$BASE/process-instance/count|{\"processDefinitionId\":\"{def}\"}"
  "def-table-page|POST|$BASE/process-instance?firstResult=0&maxResults=50&sortBy=startTime&sortOrder=desc|{\"processDefinitionId\":\"{def}\",\"firstResult\":0,\"maxResults\":50,\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}"
  # one instance
  "inst-instance|GET|$ENGINE/process-instance/{inst}|"
  "inst-activity-tree|GET|$ENGINE/process-instance/{inst}/activity-instances|"
  "inst-timers|GET|/api/process-instances/{inst}/timers|"
  "inst-variables-count|POST|$ENGINE/variable-instance/count|{\"processInstanceIdIn\":[\"{inst}\"]}"
  "inst-variables|POST|$ENGINE/variable-instance?firstResult=0&maxResults=50&deserializeValues=false|{\"processInstanceIdIn\":[\"{inst}\"],\"sorting\":[{\"sortBy\":\"variableName\",\"sortOrder\":\"asc\"}]}"
  # our Cockpit pages
  "termijnen-deadlines|GET|/api/deadlines|"
  # wave 9: the Termijnenoverzicht as the page asks it (a page of 50 with its count), region-wide and per municipality
  "termijnen-municipalities|GET|/api/deadlines/municipalities|"
  "termijnen-page|GET|/api/deadlines?firstResult=0&maxResults=50|"
  "termijnen-count|GET|/api/deadlines/count|"
  "termijnen-municipality-page|GET|/api/deadlines?municipality=$TENANT&firstResult=0&maxResults=50|"
  "termijnen-municipality-count|GET|/api/deadlines/count?municipality=$TENANT|"
  "termijnen-within-page|GET|/api/deadlines?within=7&firstResult=0&maxResults=50|"
  "cijfers-scopes|GET|/api/reports/scopes|"
  "cijfers-annual|GET|/api/reports/annual?year=$YEAR&municipality=$TENANT|"
  "cijfers-chart-calamiteiten|GET|/api/reports/annual/charts/calamiteiten?year=$YEAR&municipality=$TENANT|"
  "printwachtrij|GET|/api/print-queue|"
)
# Toezicht in cijfers, wave 9: the page now sends scopes and one view (figures and the six charts); before it sent the
# figures and six chart PNGs, each computing the report (cijfers-annual + cijfers-chart-*: the old page view, for a
# before/after); all for the first user's municipality and for the purchasing region REPORT_REGION
for scope in "municipality=$TENANT|" "region=$REPORT_REGION|-region"; do
  IFS='|' read -r q suffix <<<"$scope"
  [[ -z $suffix ]] || REQUESTS+=("cijfers-annual$suffix|GET|/api/reports/annual?year=$YEAR&$q|")
  for chart in signalen oordelen jaarplan handhaving dwangsommen ${suffix:+calamiteiten}; do
    REQUESTS+=("cijfers-chart-$chart$suffix|GET|/api/reports/annual/charts/$chart?year=$YEAR&$q|")
  done
  REQUESTS+=("cijfers-view$suffix|GET|/api/reports/annual/view?year=$YEAR&$q|")
done

# login <user> <cookie jar>: the Cockpit session as the browser gets it (CSRF token from the first page's cookie)
login() {
  local user=$1 jar=$2 token code
  rm -f "$jar"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$APP/camunda/app/cockpit/default/"
  token=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" \
    --data-urlencode "username=$user" --data-urlencode "password=$(password_of "$user")" \
    "$APP/camunda/api/admin/auth/user/default/login/cockpit")
  [[ $code == 200 ]] || die "login of $user: HTTP $code"
  # the session's token for POSTs (Camunda sends it as a header on a GET)
  curl -s -o /dev/null -D "$jar.headers" -c "$jar" -b "$jar" "$APP/camunda/api/admin/auth/user/default"
  tr -d '\r' <"$jar.headers" | awk -F': ' 'tolower($1) == "x-xsrf-token" { print $2 }' | tail -1 >"$jar.token"
}

# send <jar> <method> <url> <body> -> "status seconds"
send() {
  local jar=$1 method=$2 url=$3 body=$4
  if [[ $method == GET ]]; then
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H 'Accept: application/json' "$url"
  else
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H 'Accept: application/json' \
      -H 'Content-Type: application/json' -H "X-XSRF-TOKEN: $(cat "$jar.token")" -X "$method" --data "$body" "$url"
  fi
}

TABLE=$OUT/table.md
{
  echo "# Cockpit at region scale: $DB ($ALL_RUNNING running instances, $RUNNING of $DEF_KEY; $HISTORIC historic; $TASKS open tasks)"
  echo
  echo "$N requests each (or ${SECONDS_MAX}s) after $WARMUP untimed, one at a time; load $(cut -d' ' -f1 /proc/loadavg) at the start; $(date -u +%FT%TZ)"
  echo
  echo "| user | request | rows | n | p50 | p95 | p99 | max ms | app CPU ms/req | statements/req | buffers/req |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} >"$TABLE"
for user in $USERS; do
  jar=$OUT/cookies-$user.txt
  login "$user" "$jar"
  for spec in "${REQUESTS[@]}"; do
    IFS='|' read -r name method path body <<<"$spec"
    [[ -z $ONLY || $name =~ $ONLY ]] || continue
    path=${path//\{def\}/$DEF_ID}; path=${path//\{inst\}/$INST_ID}; path=${path//\{key\}/$DEF_KEY}
    body=${body//\{def\}/$DEF_ID}; body=${body//\{inst\}/$INST_ID}; body=${body//\{key\}/$DEF_KEY}
    # what the answer holds (array length or count), from one untimed request
    rows=$(curl -s -b "$jar" -H 'Accept: application/json' -H 'Content-Type: application/json' \
      -H "X-XSRF-TOKEN: $(cat "$jar.token")" -X "$method" ${body:+--data "$body"} "$APP$path" | head -c 20000000 \
      | python3 -c 'import json,sys
try:
    d = json.load(sys.stdin)
    print(len(d) if isinstance(d, list) else d.get("count", "obj") if isinstance(d, dict) else "?")
except Exception:
    print("?")' 2>/dev/null || echo "?")
    for ((i = 0; i < WARMUP; i++)); do send "$jar" "$method" "$APP$path" "$body" >/dev/null; done
    times=$OUT/times-$user-$name.tsv
    : >"$times"
    if [[ $PGSS == 1 ]]; then pgss_reset "$DB"; fi
    cpu0=$(proc_cpu_ms "$APP_PID")
    t_end=$(( $(date +%s) + SECONDS_MAX )) sent=0
    for ((i = 1; i <= N; i++)); do
      read -r code secs <<<"$(send "$jar" "$method" "$APP$path" "$body")"
      printf '%d\t%s\t%s\n' "$i" "$(awk -v s="$secs" 'BEGIN { printf "%.1f", s * 1000 }')" "$code" >>"$times"
      sent=$i
      (( $(date +%s) < t_end )) || break
    done
    cpu1=$(proc_cpu_ms "$APP_PID")
    read -r stmts bufs <<<"$(pgss_per_request "$sent")"
    pgss_top "$sent" "$OUT/pgss-$user-$name.txt"
    errors=$(awk -F'\t' '$3 != 200 { e++ } END { print e + 0 }' "$times")
    stats=$(cut -f2 "$times" | sort -n | awk '{ v[NR] = $1 } END {
      p = "50 95 99"; split(p, q, " ")
      for (k = 1; k <= 3; k++) { i = int((q[k] / 100) * NR + 0.999999); if (i < 1) i = 1; printf "%s | ", v[i] }
      printf "%s", v[NR] }')
    cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$sent" 'BEGIN { printf "%.1f", (b - a) / n }')
    line="| $user | $name | $rows | $sent | $stats | $cpu | $stmts | $bufs |"
    [[ $errors == 0 ]] || line="$line **$errors errors**"
    echo "$line" >>"$TABLE"
    log "$line"
  done
done
echo >>"$TABLE"
echo "Definition $DEF_ID, instance $INST_ID ($TENANT); app $JAR" >>"$TABLE"
cat "$TABLE"
