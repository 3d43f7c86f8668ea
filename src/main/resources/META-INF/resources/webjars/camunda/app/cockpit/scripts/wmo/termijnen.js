// Wmo Toezicht: the deadline overview (Termijnenoverzicht) in Cockpit. Plain JavaScript, Camunda 7.14+
// plugin API. Reads GET /api/deadlines with the Cockpit session: the running cases of the user's
// municipalities by their next date, overdue first, with the verjaring dates of open forfeitures.

import {cockpitPage, counted, dutchDate, el, listPage, tableHead} from '../../../wmo/common.js';

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

export default cockpitPage({
  id: 'wmoDeadlineOverview',
  path: '/termijnen',
  priority: 100,
  label: 'Termijnenoverzicht',
  linkClass: 'wmo-deadline-link',
  render: node => listPage(node, {
    className: 'wmo-deadline-overview',
    title: 'Termijnenoverzicht',
    intro: 'Lopende zaken van uw gemeente(n) op volgorde van de eerstvolgende termijn: verstreken termijnen eerst, '
      + 'dan het aantal resterende dagen.',
    url: '/api/deadlines',
    status: cases => cases.length === 0 ? 'Geen lopende zaken.' : counted(cases.length, ' lopende zaak', ' lopende zaken'),
    table,
    failure: 'Het termijnenoverzicht kon niet worden geladen'
  })
});
