// Wmo Toezicht: the "Dossier" tab of a task in Tasklist. Plain JavaScript, Camunda plugin API.
// Shows the task's case (business key): the status of the task's own process, the chain of cases (the
// case it came from, the cases it started, each a link that opens its file here), its coming dates with
// their legal basis, what the provider sent in, what happened (who completed which task, decisions,
// motivations, manual actions; labels from the forms, users by name) and its documents.
// Reads GET /api/cases/{caseNumber}/history and /documents with the Tasklist session.

import {contextPath, counted, dutchDate, dutchDateTime, el, getJson, tableHead} from '../../../wmo/common.js';

function deadlines(list) {
  if (list.length === 0) {
    return el('p', {}, 'Geen lopende termijnen.');
  }
  return el('ul', {'class': 'wmo-deadlines'}, ...list.map(d => el('li', {'class': d.overdue ? 'text-danger' : ''},
    el('strong', {}, dutchDate(d.date)), ' — ', d.label,
    d.legalBasis ? ' (' + d.legalBasis + ')' : '',
    d.untilDecided ? ' — verlengd tot onherroepelijke beslissing'
      : d.overdue ? ' — verstreken' : ' — nog ' + counted(d.daysLeft, ' dag', ' dagen'))));
}

function history(entries, severalProcesses) {
  const heads = ['Wanneer', 'Wat', 'Wie', 'Toelichting'].concat(severalProcesses ? ['Proces'] : []);
  return el('table', {'class': 'table table-condensed wmo-history'},
    tableHead(heads),
    el('tbody', {}, ...entries.map(e => el('tr', {'class': 'wmo-' + e.kind},
      el('td', {}, dutchDateTime(e.at)), el('td', {}, e.title), el('td', {}, e.user || ''),
      el('td', {'class': 'wmo-detail'}, e.detail || ''),
      severalProcesses ? el('td', {}, e.process || '') : null))));
}

/** What the provider sent in (herstel, zienswijze, …), with its date: the entries of kind "ingediend". */
function submissions(entries) {
  const sent = entries.filter(e => e.kind === 'ingediend');
  if (sent.length === 0) {
    return el('p', {'class': 'wmo-submissions-none'}, 'De aanbieder heeft (nog) niets ingediend.');
  }
  return el('ul', {'class': 'wmo-submissions'}, ...sent.map(e => el('li', {},
    el('strong', {}, dutchDateTime(e.at)), ' — ', e.title.replace(/^Ontvangen van de aanbieder: /, ''),
    el('blockquote', {'class': 'wmo-submission-text'}, e.detail || ''))));
}

/** One case of the chain: number (a link to its file when the user may see it), process, municipality, status. */
function caseLink(link, open) {
  if (!link.visible) {
    return el('span', {'class': 'wmo-chain-case', 'data-case': link.caseNumber}, link.caseNumber,
      ' (geen toegang)');
  }
  const a = el('a', {href: '#', 'class': 'wmo-chain-link', 'data-case': link.caseNumber}, link.caseNumber);
  a.addEventListener('click', event => {
    event.preventDefault();
    open(link.caseNumber, link.processInstanceId);
  });
  return el('span', {'class': 'wmo-chain-case', 'data-case': link.caseNumber}, a,
    ' — ' + (link.processName || link.processKey || ''),
    link.municipalityName ? ' (' + link.municipalityName + ')' : '',
    ' — ', el('span', {'class': 'wmo-chain-status'}, link.status || ''));
}

function chain(file, open) {
  const items = [];
  if (file.origin) {
    items.push(el('li', {'class': 'wmo-origin'}, 'Voortgekomen uit: ', caseLink(file.origin, open)));
  }
  file.startedCases.forEach(c => items.push(el('li', {'class': 'wmo-started'}, 'Leidde tot: ', caseLink(c, open))));
  if (file.processes.length > 1) {
    file.processes.forEach(p => items.push(el('li', {'class': 'wmo-process', 'data-process': p.process},
      'Proces van deze zaak: ' + (p.processName || p.process) + ' — ',
      el('span', {'class': 'wmo-chain-status'}, p.status))));
  }
  return items.length === 0 ? el('p', {}, 'Deze zaak staat op zichzelf: geen herkomst en geen vervolgzaken.')
    : el('ul', {'class': 'wmo-chain'}, ...items);
}

/** Replaces each user id by the user's name (the engine's profile), where the user may read it. */
function userName(engine, userId, names) {
  if (!names[userId]) {
    names[userId] = getJson(engine + '/user/' + encodeURIComponent(userId) + '/profile')
      .then(p => [p.firstName, p.lastName].filter(Boolean).join(' ') || userId)
      .catch(() => userId);
  }
  return names[userId];
}

function documents(section, caseNumber, engine) {
  const names = {};
  getJson(contextPath() + '/api/cases/' + encodeURIComponent(caseNumber) + '/documents')
    .then(list => {
      section.querySelector('.wmo-status').remove();
      if (list.length === 0) {
        section.appendChild(el('p', {}, 'Nog geen documenten.'));
        return;
      }
      section.appendChild(el('ul', {}, ...list.map(d => {
        const by = el('span', {'class': 'wmo-document-by'});
        if (d.createdBy) {
          userName(engine, d.createdBy, names).then(name => { by.textContent = ', ' + name; });
        }
        return el('li', {},
          el('a', {href: d.downloadUrl, target: '_blank', rel: 'noopener'}, d.title || d.fileName),
          ' — ' + (d.kind || '') + ', ' + dutchDateTime(d.createdAt), by);
      })));
    })
    .catch(error => {
      section.querySelector('.wmo-status').textContent = error.status === 404
        ? 'Documenten zijn voor deze zaak (nog) niet beschikbaar.'
        : 'De documenten konden niet worden geladen (' + error.message + ').';
    });
}

/** Shows the file of a case in the root; processInstanceId names the process whose status heads it. */
function showCase(root, engine, caseNumber, processInstanceId, back) {
  root.innerHTML = '';
  root.appendChild(el('p', {'class': 'wmo-status'}, 'Dossier laden…'));
  const query = processInstanceId ? '?processInstanceId=' + encodeURIComponent(processInstanceId) : '';
  getJson(contextPath() + '/api/cases/' + encodeURIComponent(caseNumber) + '/history' + query)
    .then(file => {
      root.innerHTML = '';
      const open = (number, instanceId) => showCase(root, engine, number, instanceId, {
        label: 'Terug naar zaak ' + file.caseNumber,
        go: () => showCase(root, engine, caseNumber, processInstanceId, back)
      });
      if (back) {
        const a = el('a', {href: '#', 'class': 'wmo-back'}, '← ' + back.label);
        a.addEventListener('click', event => {
          event.preventDefault();
          back.go();
        });
        root.appendChild(el('p', {}, a));
      }
      root.appendChild(el('h4', {'class': 'wmo-case-title', 'data-case': file.caseNumber},
        'Zaak ' + file.caseNumber + ' — ' + (file.processName || file.process)));
      root.appendChild(el('p', {'class': 'wmo-case-status', 'data-state': file.status.state},
        'Status: ', el('strong', {}, file.status.status),
        file.municipalityName ? ' — gemeente ' + file.municipalityName : ''));
      root.appendChild(el('h5', {}, 'Samenhang met andere zaken'));
      root.appendChild(chain(file, open));
      root.appendChild(el('h5', {}, 'Termijnen'));
      root.appendChild(deadlines(file.deadlines));
      root.appendChild(el('h5', {}, 'Ingediend door de aanbieder'));
      root.appendChild(submissions(file.history));
      root.appendChild(el('h5', {}, 'Verloop'));
      root.appendChild(history(file.history, file.processes.length > 1));
      const docs = el('section', {'class': 'wmo-documents'}, el('h5', {}, 'Documenten'),
        el('p', {'class': 'wmo-status'}, 'Laden…'));
      root.appendChild(docs);
      documents(docs, file.caseNumber, engine);
    })
    .catch(error => {
      root.querySelector('.wmo-status').textContent = error.status === 404
        ? 'Zaak ' + caseNumber + ' bestaat niet of u heeft er geen toegang toe.'
        : 'Het dossier kon niet worden geladen (' + error.message + ').';
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
      showCase(root, engine, instance.businessKey, instance.id, null);
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
