// Wmo Toezicht: the print queue (Printwachtrij) in Cockpit. Plain JavaScript, Camunda 7.14+ plugin API.
// Reads GET /api/print-queue with the Cockpit session: letters to providers without consent to electronic
// letters (art. 2:14 Awb) of the user's municipalities, oldest first, with the address and the PDF to print.
// Marking a letter posted is a POST with the user's credentials (docs/beheer.md): the session only reads.

const PATH = '/printwachtrij';

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

const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
  minute: '2-digit'});

function table(rows) {
  const head = el('thead', {}, el('tr', {},
    ...['In de wachtrij sinds', 'Zaak', 'Gemeente', 'Aan', 'Adres', 'Brief', 'Verstuurd'].map(h => el('th', {}, h))));
  const body = el('tbody');
  rows.forEach(r => {
    const address = r.postalAddress.length ? r.postalAddress.join(', ') : 'geen postadres in het register';
    body.appendChild(el('tr', {'class': 'wmo-print-row', 'data-document': r.documentId},
      el('td', {}, DATE.format(new Date(r.queuedAt))),
      el('td', {}, r.caseNumber),
      el('td', {}, r.municipalityName || r.municipalityCode || ''),
      el('td', {}, r.addressee),
      el('td', {'class': r.postalAddress.length ? '' : 'wmo-overdue'}, address),
      el('td', {}, el('a', {href: contextPath() + r.downloadUrl, target: '_blank'}, r.title)),
      el('td', {}, r.postedAt ? DATE.format(new Date(r.postedAt)) + ' (' + r.postedBy + ')' : 'nog niet')));
  });
  return el('table', {'class': 'table table-striped wmo-print-queue'}, head, body);
}

function render(node) {
  const panel = el('section', {'class': 'wmo-print-queue-page'},
    el('h3', {}, 'Printwachtrij'),
    el('p', {'class': 'wmo-intro'},
      'Brieven aan aanbieders die geen toestemming hebben gegeven voor elektronische besluiten (artikel 2:14 Awb): '
      + 'print ze, verstuur ze per post en markeer ze als verstuurd.'),
    el('p', {'class': 'wmo-status'}, 'Laden…'));
  node.appendChild(panel);
  fetch(contextPath() + '/api/print-queue', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    })
    .then(rows => {
      panel.querySelector('.wmo-status').textContent = rows.length === 0
        ? 'Geen brieven om te versturen.' : rows.length + (rows.length === 1 ? ' brief' : ' brieven') + ' om te versturen';
      if (rows.length > 0) {
        panel.appendChild(table(rows));
      }
    })
    .catch(error => {
      panel.querySelector('.wmo-status').textContent = 'De printwachtrij kon niet worden geladen (' + error.message + ').';
    });
}

export default [
  {
    id: 'wmoPrintQueueRoute',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render: node => render(node)
  },
  {
    id: 'wmoPrintQueueNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: {},
    render: node => node.appendChild(el('a', {href: '#' + PATH, 'class': 'wmo-print-queue-link'}, 'Printwachtrij'))
  }
];
