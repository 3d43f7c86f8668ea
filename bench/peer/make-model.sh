#!/usr/bin/env bash
# Derives the P2 peer's model from the real one: processes/calamiteit.bpmn with every Java
# delegate of ours replaced by a no-op expression, the region lookups by a fixed address and the
# due dates on the legal calendar dropped. Same elements, same start message, same parallel fork,
# same asynchronous continuations, same user tasks; only our code is gone. The process gets the
# key calamiteit (plain starter: no tenants, no case numbers).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$here/../../processes/calamiteit.bpmn}
out=${2:-$here/src/main/resources/calamiteit-peer.bpmn}
perl -pe '
  s/delegateExpression="\$\{[^}"]*\}"/expression="\${true}"/g;
  s/\$\{region\.[^}<"]*\}/peer\@bench.invalid/g;
  s/\s+camunda:dueDate="\$\{terms\.[^"]*\}"//g;
' "$src" > "$out"
if grep -q 'delegateExpression\|\${region\.\|camunda:dueDate' "$out"; then
  echo "make-model.sh: could not neutralise every delegate in $src" >&2
  exit 1
fi
