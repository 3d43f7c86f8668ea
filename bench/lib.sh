# bench/lib.sh: helpers shared by bench/run.sh and bench/cockpit.sh (sourced, not run).
# PG_PORT must be set by the caller.

# proc_cpu_ms <pid>: the process's CPU time (utime+stime) in ms so far; differences over a burst give CPU per request
# under load, a figure that does not depend on how busy the machine is
proc_cpu_ms() { echo $(( $(proc_ticks "$1") * 1000 / $(getconf CLK_TCK) )); }
# proc_ticks <pid>: the process's utime+stime in clock ticks (0 if it is gone)
proc_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# as_postgres <command...>: run as the cluster's superuser (pg_stat_statements, DROP/CREATE DATABASE)
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
# pgss_reset <db>: pg_stat_statements of this database only (the statistics are cluster-wide, and another run may be
# measuring meanwhile); silent when the cluster does not preload it
pgss_reset() { as_postgres psql -X -q -p "$PG_PORT" -d "$1" -c "select pg_stat_statements_reset(0, (select oid from pg_database where datname = current_database()), 0)" >/dev/null 2>&1 || true; }
