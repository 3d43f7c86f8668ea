// Wmo Toezicht: "Toezicht in cijfers" in Cockpit, for managers of a municipality (their own figures) and of its
// purchasing region. Plain JavaScript, Camunda 7.14+ plugin API. Reads GET /api/reports/scopes and, per scope shown,
// GET /api/reports/annual/view (this year) with the Cockpit session: the figures and the six charts (PNG data URIs,
// the same chart code as the annual report's PDF) from one computation of the report
// (docs/processen/jaarrapportage.md#toezicht-in-cijfers).

import {cockpitPage, contextPath, el, getJson, tableHead} from '../../../wmo/common.js';

const CHARTS = ['calamiteiten', 'signalen', 'oordelen', 'jaarplan', 'handhaving', 'dwangsommen'];

const EURO = new Intl.NumberFormat('nl-NL', {style: 'currency', currency: 'EUR'});

function query(scope, year) {
  return 'year=' + year + '&' + (scope.kind === 'gemeente' ? 'municipality=' : 'region=') + encodeURIComponent(scope.code);
}

function tile(label, value, key) {
  return el('div', {'class': 'wmo-tile', 'data-figure': key}, el('div', {'class': 'wmo-tile-value'}, String(value)),
    el('div', {'class': 'wmo-tile-label'}, label));
}

function percent(value) {
  return value === null || value === undefined ? '-' : value + '%';
}

function figures(r) {
  return el('div', {'class': 'wmo-tiles'},
    tile('Calamiteiten', r.calamities.total, 'calamiteiten'),
    tile('Signalen', r.signals.total, 'signalen'),
    tile('Signaalonderzoeken gestart / afgerond', r.investigations.started + ' / ' + r.investigations.completed, 'onderzoeken'),
    tile('Kwaliteitsonderzoeken gestart / afgerond', r.inspections.started + ' / ' + r.inspections.completed, 'inspecties'),
    tile('Handhavingszaken', r.enforcement.cases, 'handhaving'),
    tile('Verbeurde dwangsommen', EURO.format(r.dwangsommen.forfeited.amount), 'verbeurd'),
    tile('Bezwaren ontvangen / beslist', r.objections.received + ' / ' + r.objections.decided, 'bezwaren'),
    tile('Wettelijke termijnen gehaald', percent(r.timeliness.statutory.metPercent), 'wettelijk'),
    tile('Gepubliceerde rapporten', r.publications.published, 'publicaties'));
}

function plan(r) {
  const rows = r.planRealisation.map(p => el('tr', {'class': 'wmo-plan-row', 'data-region': p.purchasingRegion},
    el('td', {}, p.purchasingRegion), el('td', {}, String(p.planned)), el('td', {}, String(p.visited)),
    el('td', {}, String(p.late)), el('td', {}, percent(p.realisedPercent))));
  if (rows.length === 0) {
    return el('p', {'class': 'wmo-plan-none'}, 'Er is geen vastgesteld jaarplan voor dit jaar.');
  }
  return el('table', {'class': 'table table-striped wmo-plan'},
    tableHead(['Inkoopregio', 'Gepland', 'Bezocht', 'Te laat', 'Realisatie']),
    el('tbody', {}, ...rows));
}

function show(content, scope, year) {
  content.innerHTML = '';
  const status = el('p', {'class': 'wmo-status'}, 'Laden…');
  content.appendChild(status);
  const base = contextPath() + '/api/reports/annual';
  getJson(base + '/view?' + query(scope, year))
    .then(view => {
      const r = view.report;
      status.textContent = r.scope.name + ', ' + year + ' tot nu toe';
      content.appendChild(figures(r));
      content.appendChild(el('h4', {}, 'Voortgang jaarplan'));
      content.appendChild(plan(r));
      content.appendChild(el('h4', {}, 'Grafieken'));
      const charts = el('div', {'class': 'wmo-charts'});
      CHARTS.filter(name => view.charts[name]).forEach(name => charts.appendChild(el('img',
        {'class': 'wmo-chart', 'data-chart': name, alt: name, src: view.charts[name]})));
      content.appendChild(charts);
      content.appendChild(el('p', {},
        el('a', {href: base + '?' + query(scope, year) + '&format=pdf', 'class': 'wmo-download-pdf'}, 'Rapportage (PDF)'),
        ' · ',
        el('a', {href: base + '?' + query(scope, year) + '&format=csv', 'class': 'wmo-download-csv'}, 'Cijfers (CSV)')));
    })
    .catch(error => {
      status.textContent = 'De cijfers konden niet worden geladen (' + error.message + ').';
    });
}

function render(node) {
  const year = new Date().getFullYear();
  const select = el('select', {'class': 'form-control wmo-scope'});
  const content = el('div', {'class': 'wmo-figures'});
  const panel = el('section', {'class': 'wmo-dashboard'},
    el('h3', {}, 'Toezicht in cijfers'),
    el('p', {'class': 'wmo-intro'}, 'De kerncijfers van het toezicht in ' + year
      + ' voor uw gemeente en haar inkoopregio, met de voortgang van het jaarplan. Alleen aantallen en bedragen.'),
    el('label', {}, 'Cijfers van ', select), content);
  node.appendChild(panel);
  getJson(contextPath() + '/api/reports/scopes')
    .then(scopes => {
      scopes.forEach((s, i) => select.appendChild(el('option', {value: String(i)},
        (s.kind === 'gemeente' ? 'Gemeente ' : '') + s.name)));
      select.addEventListener('change', () => show(content, scopes[Number(select.value)], year));
      if (scopes.length > 0) {
        show(content, scopes[0], year);
      }
    })
    .catch(error => {
      content.textContent = 'U heeft geen toegang tot de cijfers (' + error.message + ').';
    });
}

export default cockpitPage({
  id: 'wmoFigures',
  path: '/toezicht-in-cijfers',
  priority: 90,
  label: 'Toezicht in cijfers',
  linkClass: 'wmo-figures-link',
  render
});
