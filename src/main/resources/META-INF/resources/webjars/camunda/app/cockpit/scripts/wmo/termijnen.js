// Wmo Toezicht: the deadline overview (Termijnenoverzicht) in Cockpit. Plain JavaScript, Camunda 7.14+
// plugin API. Reads GET /api/deadlines with the Cockpit session: the running cases of the user's
// municipalities by their next date, overdue first, with the verjaring dates of open forfeitures.

const PATH = '/termijnen';

/** The application's context path: what precedes "/<webapp path>/app/" in this page's address. */
function contextPath() {
  const path = window.location.pathname;
  const app = path.indexOf('/app/');
  const webapp = path.substring(0, app);
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

function dutchDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return DATE.format(new Date(y, m - 1, d));
}

function daysText(deadline) {
  if (deadline.untilDecided) {
    return 'verlengd tot onherroepelijke beslissing';
  }
  const n = deadline.daysLeft;
  if (deadline.overdue) {
    return n === 0 ? 'vandaag verstreken' : Math.abs(n) + (Math.abs(n) === 1 ? ' dag' : ' dagen') + ' te laat';
  }
  if (n === 0) {
    return 'vandaag';
  }
  return n + (n === 1 ? ' dag' : ' dagen');
}

function table(cases) {
  const head = el('thead', {}, el('tr', {},
    ...['Zaak', 'Proces', 'Gemeente', 'Eerstvolgende termijn', 'Datum', 'Resterend', 'Grondslag', 'Verjaring openstaande verbeurtes']
      .map(h => el('th', {}, h))));
  const body = el('tbody');
  cases.forEach(c => {
    const next = c.nextDeadline;
    const verjaring = c.deadlines.filter(d => d.kind === 'verjaring')
      .map(d => dutchDate(d.date) + ' (' + d.label + ')').join('; ');
    const row = el('tr', {'class': 'wmo-case' + (next && next.overdue ? ' wmo-overdue' : ''), 'data-case': c.caseNumber,
      'data-days-left': next ? String(next.daysLeft) : ''},
      el('td', {'class': 'wmo-case-number'}, c.processInstanceId
        ? el('a', {href: '#/process-instance/' + encodeURIComponent(c.processInstanceId) + '/runtime',
          'class': 'wmo-case-link', title: 'Zaak ' + c.caseNumber + ' openen'}, c.caseNumber)
        : c.caseNumber),
      el('td', {}, c.processName || c.processKey),
      el('td', {}, c.municipalityName ? c.municipalityName + ' (' + c.municipalityCode + ')' : (c.municipalityCode || '')),
      el('td', {}, next ? next.label : 'geen termijn'),
      el('td', {'class': 'wmo-date'}, next ? dutchDate(next.date) : ''),
      el('td', {'class': 'wmo-days'}, next ? daysText(next) : ''),
      el('td', {}, next && next.legalBasis ? next.legalBasis : ''),
      el('td', {}, verjaring));
    body.appendChild(row);
  });
  return el('table', {'class': 'table table-striped wmo-deadlines'}, head, body);
}

function render(node) {
  const panel = el('section', {'class': 'wmo-deadline-overview'},
    el('h3', {}, 'Termijnenoverzicht'),
    el('p', {'class': 'wmo-intro'},
      'Lopende zaken van uw gemeente(n) op volgorde van de eerstvolgende termijn: verstreken termijnen eerst, '
      + 'dan het aantal resterende dagen.'),
    el('p', {'class': 'wmo-status'}, 'Laden…'));
  node.appendChild(panel);
  fetch(contextPath() + '/api/deadlines', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    })
    .then(cases => {
      panel.querySelector('.wmo-status').textContent = cases.length === 0
        ? 'Geen lopende zaken.' : cases.length + (cases.length === 1 ? ' lopende zaak' : ' lopende zaken');
      if (cases.length > 0) {
        panel.appendChild(table(cases));
      }
    })
    .catch(error => {
      panel.querySelector('.wmo-status').textContent = 'Het termijnenoverzicht kon niet worden geladen (' + error.message + ').';
    });
}

export default [
  {
    id: 'wmoDeadlineOverviewRoute',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render: node => render(node)
  },
  {
    id: 'wmoDeadlineOverviewNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {},
    render: node => node.appendChild(el('a', {href: '#' + PATH, 'class': 'wmo-deadline-link'}, 'Termijnenoverzicht'))
  }
];
