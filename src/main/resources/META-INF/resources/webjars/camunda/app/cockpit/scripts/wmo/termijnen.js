// Wmo Toezicht: the deadline overview (Termijnenoverzicht) in Cockpit. Plain JavaScript, Camunda 7.14+
// plugin API. Reads GET /api/deadlines with the Cockpit session: the running cases of the user's
// municipalities by their next date, overdue first, with the verjaring dates of open forfeitures. A page of 50
// cases at a time (firstResult/maxResults, the total from /api/deadlines/count), of all the user's municipalities
// or of one (/api/deadlines/municipalities), optionally only those due soon (within): docs/api.md.

import {cockpitPage, contextPath, counted, dutchDate, el, getJson, tableHead} from '../../../wmo/common.js';

const PAGE_SIZE = 50;
const NUMBER = new Intl.NumberFormat('nl-NL');
const WITHIN = [['', 'Alle termijnen'], ['0', 'Verstreken of vandaag'], ['7', 'Verstreken of binnen 7 dagen'],
  ['30', 'Verstreken of binnen 30 dagen']];

function daysText(deadline) {
  if (deadline.untilDecided) {
    return 'verlengd tot onherroepelijke beslissing';
  }
  const n = deadline.daysLeft;
  if (deadline.overdue) {
    return n === 0 ? 'vandaag verstreken' : counted(Math.abs(n), ' dag', ' dagen') + ' te laat';
  }
  if (n === 0) {
    return 'vandaag';
  }
  return counted(n, ' dag', ' dagen');
}

function table(cases) {
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
  return el('table', {'class': 'table table-striped wmo-deadlines'}, tableHead(['Zaak', 'Proces', 'Gemeente',
    'Eerstvolgende termijn', 'Datum', 'Resterend', 'Grondslag', 'Verjaring openstaande verbeurtes']), body);
}

/** "1–50 van 12.209 lopende zaken", or the empty state in Dutch. */
function statusText(first, shown, total, municipalityName, within) {
  if (total === 0) {
    const where = municipalityName ? ' in ' + municipalityName : '';
    return within === '' ? 'Geen lopende zaken' + where + '.' : 'Geen lopende zaken' + where + ' met deze termijn.';
  }
  const range = shown === 0 ? NUMBER.format(first) : NUMBER.format(first + 1) + '–' + NUMBER.format(first + shown);
  return range + ' van ' + NUMBER.format(total) + (total === 1 ? ' lopende zaak' : ' lopende zaken');
}

function choice(className, label, options, onChange) {
  const select = el('select', {'class': 'form-control input-sm ' + className, 'aria-label': label},
    ...options.map(([value, text]) => el('option', {value}, text)));
  select.addEventListener('change', () => onChange(select.value));
  return el('label', {'class': 'wmo-choice'}, label + ' ', select);
}

// the choices and page of this browser tab, so that going back from a case returns to the same page
const REMEMBERED = 'wmo.termijnenoverzicht';

function remembered() {
  try {
    return JSON.parse(window.sessionStorage.getItem(REMEMBERED)) || {};
  } catch (e) {
    return {};
  }
}

function remember(state) {
  try {
    window.sessionStorage.setItem(REMEMBERED, JSON.stringify({municipality: state.municipality, within: state.within,
      first: state.first}));
  } catch (e) {
    // no storage (private mode): the page starts at the top next time
  }
}

function render(node) {
  const state = {municipality: '', within: '', first: 0, request: 0, names: {}};
  const line = el('p', {'class': 'wmo-status'}, 'Laden…');
  const previous = el('button', {type: 'button', 'class': 'btn btn-default btn-sm wmo-page-previous', disabled: ''},
    'Vorige');
  const next = el('button', {type: 'button', 'class': 'btn btn-default btn-sm wmo-page-next', disabled: ''}, 'Volgende');
  const pager = el('div', {'class': 'wmo-pager'}, previous, ' ', next);
  const controls = el('div', {'class': 'wmo-deadline-filters'});
  const results = el('div', {'class': 'wmo-deadline-results'});
  const panel = el('section', {'class': 'wmo-deadline-overview'}, el('h3', {}, 'Termijnenoverzicht'),
    el('p', {'class': 'wmo-intro'}, 'Lopende zaken van uw gemeente(n) op volgorde van de eerstvolgende termijn: '
      + 'verstreken termijnen eerst, dan het aantal resterende dagen.'), controls, line, pager, results);
  node.appendChild(panel);

  function query(paged) {
    const params = new URLSearchParams();
    if (state.municipality) {
      params.set('municipality', state.municipality);
    }
    if (state.within !== '') {
      params.set('within', state.within);
    }
    if (paged) {
      params.set('firstResult', String(state.first));
      params.set('maxResults', String(PAGE_SIZE));
    }
    const text = params.toString();
    return text ? '?' + text : '';
  }

  function load() {
    const request = ++state.request;
    remember(state);
    line.textContent = 'Laden…';
    previous.disabled = true;
    next.disabled = true;
    // with a term filter the count needs every case's dates, as the list does: asked once per choice, not per page
    const countQuery = query(false);
    const counted = state.within !== '' && state.counted && state.counted.query === countQuery
      ? Promise.resolve({count: state.counted.count})
      : getJson(contextPath() + '/api/deadlines/count' + countQuery);
    Promise.all([getJson(contextPath() + '/api/deadlines' + query(true)), counted])
      .then(([cases, {count}]) => {
        if (request !== state.request) {
          return; // a later choice is on its way
        }
        state.counted = {query: countQuery, count};
        if (cases.length === 0 && state.first > 0 && count > 0) {
          // cases ended meanwhile: the last page there is now
          state.counted = null;
          state.first = Math.floor((count - 1) / PAGE_SIZE) * PAGE_SIZE;
          load();
          return;
        }
        line.textContent = statusText(state.first, cases.length, count, state.names[state.municipality], state.within);
        results.replaceChildren(...(cases.length > 0 ? [table(cases)] : []));
        previous.disabled = state.first === 0;
        next.disabled = state.first + cases.length >= count;
      })
      .catch(error => {
        if (request === state.request) {
          line.textContent = 'Het termijnenoverzicht kon niet worden geladen (' + error.message + ').';
        }
      });
  }

  previous.addEventListener('click', () => {
    state.first = Math.max(0, state.first - PAGE_SIZE);
    load();
  });
  next.addEventListener('click', () => {
    state.first += PAGE_SIZE;
    load();
  });

  getJson(contextPath() + '/api/deadlines/municipalities')
    .then(municipalities => {
      municipalities.forEach(m => { state.names[m.code] = m.name; });
      const last = remembered();
      if (municipalities.length > 1 && state.names[last.municipality]) {
        state.municipality = last.municipality;
      }
      if (WITHIN.some(([value]) => value === last.within)) {
        state.within = last.within;
      }
      if (Number.isInteger(last.first) && last.first > 0 && last.first % PAGE_SIZE === 0) {
        state.first = last.first;
      }
      if (municipalities.length > 1) {
        // one municipality: nothing to choose, its cases are all the user sees
        const municipality = choice('wmo-municipality', 'Gemeente', [['', 'Alle gemeenten'],
          ...municipalities.map(m => [m.code, m.name + ' (' + m.code + ')'])], value => {
          state.municipality = value;
          state.first = 0;
          load();
        });
        municipality.querySelector('select').value = state.municipality;
        controls.appendChild(municipality);
        controls.appendChild(document.createTextNode(' '));
      }
      const within = choice('wmo-within', 'Termijn', WITHIN, value => {
        state.within = value;
        state.first = 0;
        load();
      });
      within.querySelector('select').value = state.within;
      controls.appendChild(within);
      load();
    })
    .catch(error => {
      line.textContent = 'Het termijnenoverzicht kon niet worden geladen (' + error.message + ').';
    });
}

export default cockpitPage({
  id: 'wmoDeadlineOverview',
  path: '/termijnen',
  priority: 100,
  label: 'Termijnenoverzicht',
  linkClass: 'wmo-deadline-link',
  render
});
