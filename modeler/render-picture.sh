#!/bin/bash
# Renders a model of processes/ as the PNG picture in docs/ (how docs/*.png of the models are made):
# the bpmn-js viewer (bpmn.io, the renderer of Camunda Modeler) in headless Chromium, zoomed to fit.
#
#   modeler/render-picture.sh processes/calamiteit.bpmn docs/calamiteit.png 1800 620
#
# Needs node/npm (bpmn-js is installed once into $BPMNJS_DIR) and chromium. Width and height in pixels: 1800 wide
# for most models, wider for long ones (docs/interventiepiramide.png 2600x640, docs/signaalonderzoek.png 3600x440).
set -euo pipefail
model=$(realpath "$1"); out=$(realpath -m "$2"); width=${3:-1800}; height=${4:-700}
dir=${BPMNJS_DIR:-/tmp/bpmn-js-render}
mkdir -p "$dir"
[ -f "$dir/node_modules/bpmn-js/dist/bpmn-viewer.development.js" ] \
  || (cd "$dir" && npm install --no-audit --no-fund --silent bpmn-js@17 >/dev/null)
python3 - "$model" > "$dir/page.html" <<'PY'
import json, sys
xml = open(sys.argv[1], encoding="utf-8").read()
print("""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="node_modules/bpmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="node_modules/bpmn-js/dist/assets/bpmn-js.css">
<link rel="stylesheet" href="node_modules/bpmn-js/dist/assets/bpmn-font/css/bpmn.css">
<style>html,body,#c{margin:0;width:100%;height:100%;background:#fff}</style>
<script src="node_modules/bpmn-js/dist/bpmn-viewer.development.js"></script></head>
<body><div id="c"></div><script>
const viewer = new BpmnJS({container: '#c'});
viewer.importXML(""" + json.dumps(xml) + """)
  .then(() => viewer.get('canvas').zoom('fit-viewport'))
  .catch(e => { document.body.innerText = e; });
</script></body></html>""")
PY
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
  --virtual-time-budget=5000 --window-size="$width,$height" --screenshot="$out" "file://$dir/page.html" 2>/dev/null
echo "$out"
