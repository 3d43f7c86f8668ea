// Wmo Toezicht: Tasklist shows a task's municipality by its name ("Heerlen") where Camunda shows the tenant id
// (the CBS code "GM0917") at the top of the task. Plain JavaScript, loaded as a custom script (scripts/config.js).
// The names come from GET /api/municipalities (the region's configuration); the code stays in the tooltip.

import {contextPath, getJson} from '../../../wmo/common.js';

let names = null;
let asked = 0;

/** Reads the names once a task is shown (so after the login: before it, /api would answer 401). */
function loadNames() {
  if (Date.now() - asked < 30000) {
    return;
  }
  asked = Date.now();
  getJson(contextPath() + '/api/municipalities')
    .then(list => {
      names = Object.fromEntries(list.map(m => [m.code, m.name]));
      showNames();
    })
    .catch(() => {
      // without the names Tasklist keeps showing the code; tried again with a later task
    });
}

/**
 * Replaces the text of every shown tenant id that is a municipality code by the municipality's name. The text node
 * Angular keeps updating is changed in place, so the next task's code is replaced in its turn.
 */
function showNames() {
  const shown = document.querySelectorAll('.task-card .tenant-id');
  if (shown.length === 0) {
    return;
  }
  if (!names) {
    loadNames();
    return;
  }
  shown.forEach(node => {
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const code = text.nodeValue.trim();
      if (names[code]) {
        text.nodeValue = text.nodeValue.replace(code, names[code]);
      }
    }
  });
}

new MutationObserver(showNames).observe(document.documentElement,
    {childList: true, subtree: true, characterData: true});

export default [];
