// Wmo Toezicht: the print queue (Printwachtrij) in Cockpit. Plain JavaScript, Camunda 7.14+ plugin API.
// Reads GET /api/print-queue with the Cockpit session: letters to providers without consent to electronic
// letters (art. 2:14 Awb) of the user's municipalities, oldest first, with the address and the PDF to print.
// Marking a letter posted is a POST with the user's credentials (docs/beheer.md): the session only reads.

import {cockpitPage, contextPath, counted, el, listPage, tableHead} from '../../../wmo/common.js';

// the browser's own clock, as the queue always showed it (the Dossier tab shows the Netherlands' clock)
const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
  minute: '2-digit'});

function table(rows) {
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
  return el('table', {'class': 'table table-striped wmo-print-queue'},
    tableHead(['In de wachtrij sinds', 'Zaak', 'Gemeente', 'Aan', 'Adres', 'Brief', 'Verstuurd']), body);
}

export default cockpitPage({
  id: 'wmoPrintQueue',
  path: '/printwachtrij',
  priority: 90,
  label: 'Printwachtrij',
  linkClass: 'wmo-print-queue-link',
  render: node => listPage(node, {
    className: 'wmo-print-queue-page',
    title: 'Printwachtrij',
    intro: 'Brieven aan aanbieders die geen toestemming hebben gegeven voor elektronische besluiten (artikel 2:14 Awb): '
      + 'print ze, verstuur ze per post en markeer ze als verstuurd.',
    url: '/api/print-queue',
    status: rows => rows.length === 0 ? 'Geen brieven om te versturen.'
      : counted(rows.length, ' brief', ' brieven') + ' om te versturen',
    table,
    failure: 'De printwachtrij kon niet worden geladen'
  })
});
