// Wmo Toezicht: the "Dossier" tab of a task in Tasklist. Plain JavaScript, Camunda plugin API.
// Shows the task's case (business key): its coming dates with their legal basis, what happened (who
// completed which task, decisions, motivations of deviations, manual actions) and its documents.
// Reads GET /api/cases/{caseNumber}/history and /documents with the Tasklist session.

function contextPath() {
  const path = window.location.pathname;
  const webapp = path.substring(0, path.indexOf('/app/'));
  return webapp.substring(0, webapp.lastIndexOf('/'));
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.filter(c => c !== null && c !== undefined)
    .forEach(c => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'});
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric',
  hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam'});

function dutchDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return DATE.format(new Date(y, m - 1, d));
}

function getJson(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(response => {
    if (!response.ok) {
      const error = new Error('status ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  });
}

function deadlines(list) {
  if (list.length === 0) {
    return el('p', {}, 'Geen lopende termijnen.');
  }
  return el('ul', {'class': 'wmo-deadlines'}, ...list.map(d => el('li', {'class': d.overdue ? 'text-danger' : ''},
    el('strong', {}, dutchDate(d.date)), ' — ', d.label,
    d.legalBasis ? ' (' + d.legalBasis + ')' : '',
    d.untilDecided ? ' — verlengd tot onherroepelijke beslissing'
      : d.overdue ? ' — verstreken' : ' — nog ' + d.daysLeft + (d.daysLeft === 1 ? ' dag' : ' dagen'))));
}

function history(entries) {
  return el('table', {'class': 'table table-condensed wmo-history'},
    el('thead', {}, el('tr', {}, ...['Wanneer', 'Wat', 'Wie', 'Toelichting'].map(h => el('th', {}, h)))),
    el('tbody', {}, ...entries.map(e => el('tr', {'class': 'wmo-' + e.kind},
      el('td', {}, DATE_TIME.format(new Date(e.at))), el('td', {}, e.title), el('td', {}, e.user || ''),
      el('td', {}, e.detail || '')))));
}

function documents(section, caseNumber) {
  getJson(contextPath() + '/api/cases/' + encodeURIComponent(caseNumber) + '/documents')
    .then(list => {
      section.querySelector('.wmo-status').remove();
      if (list.length === 0) {
        section.appendChild(el('p', {}, 'Nog geen documenten.'));
        return;
      }
      section.appendChild(el('ul', {}, ...list.map(d => el('li', {},
        el('a', {href: d.downloadUrl, target: '_blank', rel: 'noopener'}, d.title || d.fileName),
        ' — ' + (d.kind || '') + ', ' + DATE_TIME.format(new Date(d.createdAt))
        + (d.createdBy ? ', ' + d.createdBy : '')))));
    })
    .catch(error => {
      section.querySelector('.wmo-status').textContent = error.status === 404
        ? 'Documenten zijn voor deze zaak (nog) niet beschikbaar.'
        : 'De documenten konden niet worden geladen (' + error.message + ').';
    });
}

function render(node, {taskId, api}) {
  const root = el('div', {'class': 'wmo-dossier'}, el('p', {'class': 'wmo-status'}, 'Dossier laden…'));
  node.appendChild(root);
  const engine = api && api.engineApi ? api.engineApi : contextPath() + '/camunda/api/engine/engine/default';
  getJson(engine + '/task/' + encodeURIComponent(taskId))
    .then(task => getJson(engine + '/history/process-instance/' + encodeURIComponent(task.processInstanceId)))
    .then(instance => {
      if (!instance.businessKey) {
        throw new Error('deze taak hoort niet bij een zaak');
      }
      return getJson(contextPath() + '/api/cases/' + encodeURIComponent(instance.businessKey) + '/history');
    })
    .then(file => {
      root.innerHTML = '';
      root.appendChild(el('h4', {'class': 'wmo-case-title'}, 'Zaak ' + file.caseNumber + ' — ' + (file.processName || file.process)));
      root.appendChild(el('h5', {}, 'Termijnen'));
      root.appendChild(deadlines(file.deadlines));
      root.appendChild(el('h5', {}, 'Verloop'));
      root.appendChild(history(file.history));
      const docs = el('section', {'class': 'wmo-documents'}, el('h5', {}, 'Documenten'),
        el('p', {'class': 'wmo-status'}, 'Laden…'));
      root.appendChild(docs);
      documents(docs, file.caseNumber);
    })
    .catch(error => {
      root.querySelector('.wmo-status').textContent = 'Het dossier kon niet worden geladen (' + error.message + ').';
    });
}

export default {
  id: 'wmoDossier',
  pluginPoint: 'tasklist.task.detail',
  label: 'Dossier',
  priority: -100,
  render: render
};
