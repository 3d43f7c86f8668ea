#!/usr/bin/env bash
# Lints every BPMN model in processes/ with bpmnlint (bpmnlint:recommended and the
# camunda-compat rules for Camunda 7.24, see .bpmnlintrc beside this script).
#
#   src/lint/lint.sh            from anywhere; paths are resolved from this script's location
#
# Without npm the check is skipped (exit 0) on a developer machine, but fails under CI=true.
# Exits non-zero when bpmnlint reports an error; warnings are printed but do not fail.
set -euo pipefail

LINT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$LINT_DIR/../.." && pwd)"

# bpmnlint 11 and its dependencies need Node.js >= 20.12.
MIN_NODE_MAJOR=20
MIN_NODE_MINOR=12

skip_or_fail() {
  echo "$1" >&2
  if [ "${CI:-}" = "true" ]; then
    exit 1
  fi
  exit 0
}

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  skip_or_fail "bpmnlint skipped: npm not found (install Node.js ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR}+ to lint the models)"
fi

node_version="$(node -p 'process.versions.node')"
node_major="${node_version%%.*}"
node_minor="${node_version#*.}"
node_minor="${node_minor%%.*}"
if [ "$node_major" -lt "$MIN_NODE_MAJOR" ] \
  || { [ "$node_major" -eq "$MIN_NODE_MAJOR" ] && [ "$node_minor" -lt "$MIN_NODE_MINOR" ]; }; then
  skip_or_fail "bpmnlint skipped: Node.js ${node_version} is too old (install Node.js ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR}+ to lint the models)"
fi

if [ ! -d "$LINT_DIR/node_modules" ]; then
  (cd "$LINT_DIR" && npm ci --silent --no-audit --no-fund)
fi

cd "$ROOT_DIR"
shopt -s nullglob
models=(processes/*.bpmn)
shopt -u nullglob
if [ "${#models[@]}" -eq 0 ]; then
  echo "bpmnlint: no models in processes/"
  exit 0
fi

# bpmnlint resolves its rules and plugins from the working directory; NODE_PATH points it at
# the packages installed beside this script, so the report can name the models relative to
# the project root.
NODE_PATH="$LINT_DIR/node_modules${NODE_PATH:+:$NODE_PATH}" \
  node "$LINT_DIR/node_modules/bpmnlint/bin/bpmnlint.js" --config "$LINT_DIR/.bpmnlintrc" "${models[@]}"
echo "bpmnlint: ${#models[@]} model(s) checked, no errors"
