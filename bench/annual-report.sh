#!/usr/bin/env bash
# Benchmark row of the annual report (docs/processen/jaarrapportage.md#benchmark): loads N historic cases by
# batched SQL into the engine's history and times GET /api/reports/annual's queries for one municipality and
# one purchasing region. Usage: bench/annual-report.sh [cases (default 100000)] [h2|postgres (default postgres)]
# Separate from bench/run.sh. Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-100000}"
DB="${2:-postgres}"
# h2: the suite's first Surefire run only; postgres: also the second run on the embedded PostgreSQL
SKIP_PG=true; [ "$DB" = postgres ] && SKIP_PG=false
nice -n 5 mvn -o -q -Dlint.skip=true -Dskip.postgres="$SKIP_PG" -Dskip.faults=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=AnnualReportBench \
  -DargLine="-Dbench.cases=$CASES" test 2>&1 | grep '^BENCH' || {
  echo "benchmark failed; see target/surefire-reports" >&2; exit 1; }
