#!/usr/bin/env bash
# bench/cijfers-page.sh: whole page views of Cockpit's "Toezicht in cijfers" as the browser sends them (issue 16,
# wave 9), against an app that is already running (e.g. started as bench/cockpit.sh starts it):
#
#   CIJFERS_APP=http://127.0.0.1:18391 CIJFERS_APP_PID=<pid> CIJFERS_DB=w9c_wmo CIJFERS_USER=manager-heerlen \
#     CIJFERS_SCOPE=municipality=GM0917 CIJFERS_PAGE=view CIJFERS_N=10 bench/cijfers-page.sh
#
# CIJFERS_PAGE=view: the page since wave 9 (GET /api/reports/scopes, then GET /api/reports/annual/view);
# CIJFERS_PAGE=charts: the page before (GET /api/reports/scopes, GET /api/reports/annual, then the six chart PNGs
# /api/reports/annual/charts/{name} at once, as the browser loads the page's six <img>). CIJFERS_N page views one after
# the other after CIJFERS_WARMUP untimed ones, with a Cockpit session as the browser has. Prints one line: requests per
# page view, wall p50 / max ms per page view, the app JVM's CPU ms per page view (utime+stime over the burst) and,
# with pg_stat_statements (needs root, as in cockpit.sh), statements and buffers per page view.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
APP=${CIJFERS_APP:?the running app, e.g. http://127.0.0.1:18391}
APP_PID=${CIJFERS_APP_PID:?the app JVM pid, for its CPU time}
DB=${CIJFERS_DB:?the app database, for pg_stat_statements}
USER_ID=${CIJFERS_USER:-manager-heerlen}
PASSWORD=${CIJFERS_PASSWORD:-demo}
SCOPE=${CIJFERS_SCOPE:-municipality=GM0917}
PAGE=${CIJFERS_PAGE:-view}
N=${CIJFERS_N:-10}
WARMUP=${CIJFERS_WARMUP:-3}
PG_PORT=${CIJFERS_PG_PORT:-5432}
YEAR=$(date +%Y)
source "$BENCH_DIR/lib.sh"   # proc_cpu_ms, as_postgres, pgss_reset
[[ $PAGE == view || $PAGE == charts ]] || { echo "CIJFERS_PAGE is view or charts" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR=$WORK/cookies
# the Cockpit session as the browser gets it (as bench/cockpit.sh logs in)
curl -s -o /dev/null -c "$JAR" -b "$JAR" "$APP/camunda/app/cockpit/default/"
token=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR" | tail -1)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" -H "X-XSRF-TOKEN: $token" \
  --data-urlencode "username=$USER_ID" --data-urlencode "password=$PASSWORD" \
  "$APP/camunda/api/admin/auth/user/default/login/cockpit")
[[ $code == 200 ]] || { echo "login of $USER_ID: HTTP $code" >&2; exit 1; }

get() { curl -s -o /dev/null -w '%{http_code}\n' -b "$JAR" -H 'Accept: application/json' "$APP$1"; }
# one page view; prints the status of each request, one a line
page() {
  get /api/reports/scopes
  if [[ $PAGE == view ]]; then
    get "/api/reports/annual/view?year=$YEAR&$SCOPE"
  else
    get "/api/reports/annual?year=$YEAR&$SCOPE"
    for chart in calamiteiten signalen oordelen jaarplan handhaving dwangsommen; do
      get "/api/reports/annual/charts/$chart?year=$YEAR&$SCOPE" &
    done
    wait
  fi
}

for ((i = 0; i < WARMUP; i++)); do page >/dev/null; done
pgss_reset "$DB"
cpu0=$(proc_cpu_ms "$APP_PID")
: >"$WORK/times" && : >"$WORK/codes"
for ((i = 0; i < N; i++)); do
  t0=$(date +%s%N)
  page >>"$WORK/codes"
  echo $(( ($(date +%s%N) - t0) / 1000000 )) >>"$WORK/times"
done
cpu1=$(proc_cpu_ms "$APP_PID")
stats=$(as_postgres psql -X -q -A -t -F ' ' -p "$PG_PORT" -d "$DB" -c "select round(sum(calls)::numeric / $N, 1),
  round(sum(shared_blks_hit + shared_blks_read)::numeric / $N, 0) from pg_stat_statements s
  join pg_database d on d.oid = s.dbid where d.datname = current_database()" 2>/dev/null || echo "- -")
requests=$(( $(wc -l <"$WORK/codes") / N ))
errors=$(grep -cv '^200$' "$WORK/codes" || true)
read -r p50 max <<<"$(sort -n "$WORK/times" | awk '{ v[NR] = $1 } END { print v[int(NR / 2 + 0.5)], v[NR] }')"
echo "| $USER_ID | $SCOPE | $PAGE | $N | $requests | $p50 | $max | $(( (cpu1 - cpu0) / N )) | ${stats% *} | ${stats#* } |$(
  [[ $errors == 0 ]] || echo " **$errors errors**")"
