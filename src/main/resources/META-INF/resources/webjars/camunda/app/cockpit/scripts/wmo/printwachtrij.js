// Wmo Toezicht: the print queue (Printwachtrij) in Cockpit. Plain JavaScript, Camunda 7.14+ plugin API.
// Reads GET /api/print-queue with the Cockpit session: letters to providers without consent to electronic
// letters (art. 2:14 Awb) of the user's municipalities, oldest first, with the address and the PDF to print.
// Marking a letter posted (Markeer als verstuurd) is a POST with the same session, carrying the session's CSRF
// token (sendWithSession): the server takes a write with the session only from this page (docs/beheer.md).

import {cockpitPage, contextPath, counted, el, listPage, sendWithSession, tableHead} from '../../../wmo/common.js';

// the browser's own clock, as the queue always showed it (the Dossier tab shows the Netherlands' clock)
const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
  minute: '2-digit'});

/** "6 december 2026 09:14 (Teamleider Heerlen)": who marked it by name (her user id if she is no longer known). */
function posted(r) {
  return r.postedAt ? DATE.format(new Date(r.postedAt)) + ' (' + (r.postedByName || r.postedBy) + ')' : 'nog niet';
}

/** The status line of the page: how many letters still wait, after one was marked posted. */
function oneLess(cell) {
  const line = cell.closest('section') && cell.closest('section').querySelector('.wmo-status');
  const waiting = cell.closest('table').querySelectorAll('tr.wmo-print-row:not(.wmo-posted)').length;
  if (line) {
    line.textContent = waiting === 0 ? 'Geen brieven meer om te versturen.'
      : counted(waiting, ' brief', ' brieven') + ' om te versturen';
  }
}

/**
 * The cell of a letter still waiting: "nog niet" and the button that marks it posted, after the user confirms she
 * has printed and posted it (a letter marked posted cannot be unmarked).
 */
function postCell(r, row) {
  const cell = el('td', {'class': 'wmo-posted-cell'});
  const button = el('button', {type: 'button', 'class': 'btn btn-default btn-xs wmo-mark-posted'},
    'Markeer als verstuurd');
  const show = () => {
    cell.replaceChildren('nog niet ', button);
  };
  button.addEventListener('click', () => {
    const confirm = el('button', {type: 'button', 'class': 'btn btn-primary btn-xs wmo-confirm-posted'}, 'Bevestigen');
    const cancel = el('button', {type: 'button', 'class': 'btn btn-link btn-xs'}, 'Annuleren');
    const message = el('span', {'class': 'wmo-print-message', role: 'alert'});
    cancel.addEventListener('click', show);
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      message.textContent = '';
      sendWithSession('POST', contextPath() + '/api/print-queue/' + encodeURIComponent(r.documentId) + '/posted')
        .then(({response, body}) => {
          if (response.ok) {
            row.classList.add('wmo-posted');
            cell.replaceChildren(posted(body));
            oneLess(cell);
            return;
          }
          confirm.disabled = false;
          message.textContent = body.detail
            || 'De brief kon niet als verstuurd worden gemarkeerd (status ' + response.status + ').';
        })
        .catch(error => {
          confirm.disabled = false;
          message.textContent = 'De brief kon niet als verstuurd worden gemarkeerd (' + error.message + ').';
        });
    });
    cell.replaceChildren(el('span', {'class': 'wmo-posted-form'}, el('span', {}, 'Geprint en op de post gedaan? '),
      confirm, cancel, message));
    confirm.focus();
  });
  show();
  return cell;
}

function table(rows) {
  const body = el('tbody');
  rows.forEach(r => {
    const address = r.postalAddress.length ? r.postalAddress.join(', ') : 'geen postadres in het register';
    const row = el('tr', {'class': 'wmo-print-row' + (r.postedAt ? ' wmo-posted' : ''), 'data-document': r.documentId},
      el('td', {}, DATE.format(new Date(r.queuedAt))),
      el('td', {}, r.caseNumber),
      el('td', {}, r.municipalityName || r.municipalityCode || ''),
      el('td', {}, r.addressee),
      el('td', {'class': r.postalAddress.length ? '' : 'wmo-overdue'}, address),
      el('td', {}, el('a', {href: contextPath() + r.downloadUrl, target: '_blank'}, r.title)));
    row.appendChild(r.postedAt ? el('td', {'class': 'wmo-posted-cell'}, posted(r)) : postCell(r, row));
    body.appendChild(row);
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
