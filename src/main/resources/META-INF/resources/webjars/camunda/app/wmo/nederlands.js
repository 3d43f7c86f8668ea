// Wmo Toezicht: Dutch where Camunda's webapps have no locale file. Loaded by Tasklist, Cockpit and Admin as a
// custom script (customScripts in each app's scripts/config.js); served at /camunda/app/wmo/nederlands.js.
//
// - Camunda Forms (form-js) date fields: flatpickr with Dutch month and day names and the week starting on
//   Monday; dates typed and shown as day-month-year (form-js takes the pattern from the browser's default
//   locale, which is made Dutch here).
// - Tasklist's follow-up and due date picker and Cockpit's date pickers (angular-ui-bootstrap): Dutch month
//   and day names, week starting on Monday (ISO 8601, as in the Netherlands).
// - The few texts form-js has no translation for: "Field is required.", "Select", "Search" and its other
//   validation messages.
// - A completed task: a confirmation naming the task, and no error notification of an earlier refused try left.
// - A form the server refuses (400 with one Dutch sentence per field, see FormInputCheck): each sentence is shown
//   under its field, as form-js shows its own errors; a past date the date picker would clear silently is
//   named under the field.

import {getJson} from './common.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const DAYS_SHORT = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];

// form-js derives its date pattern from new Intl.DateTimeFormat('default'): the default locale is Dutch
if (!Intl.DateTimeFormat.wmoDutch) {
  const Native = Intl.DateTimeFormat;
  const DutchDefault = function (locales, options) {
    return new Native(locales === undefined || locales === 'default' ? 'nl-NL' : locales, options);
  };
  DutchDefault.prototype = Native.prototype;
  DutchDefault.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  DutchDefault.wmoDutch = true;
  Intl.DateTimeFormat = DutchDefault;
}

const FLATPICKR_DUTCH = {
  weekdays: {shorthand: DAYS_SHORT, longhand: DAYS},
  months: {shorthand: MONTHS_SHORT, longhand: MONTHS},
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: () => 'e'
};

const ANGULAR_DUTCH = {
  MONTH: MONTHS,
  STANDALONEMONTH: MONTHS,
  SHORTMONTH: MONTHS_SHORT,
  DAY: DAYS,
  SHORTDAY: DAYS_SHORT,
  FIRSTDAYOFWEEK: 0, // angular counts from Monday = 0
  WEEKENDRANGE: [5, 6],
  AMPMS: ['a.m.', 'p.m.'],
  fullDate: 'EEEE d MMMM y',
  longDate: 'd MMMM y',
  medium: 'd MMM y HH:mm:ss',
  mediumDate: 'd MMM y',
  mediumTime: 'HH:mm:ss',
  short: 'dd-MM-y HH:mm',
  shortDate: 'dd-MM-y',
  shortTime: 'HH:mm'
};

// form-js writes these texts in English whatever the locale
const FORM_TEXTS = [
  [/^Field is required\.$/, () => 'Vul dit veld in.'],
  [/^Field must have minimum value of (.+)\.$/, m => 'Vul een waarde van minstens ' + m[1] + ' in.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Vul een waarde van hoogstens ' + m[1] + ' in.'],
  [/^Field must have minimum length of (.+)\.$/, m => 'Vul minstens ' + m[1] + ' tekens in.'],
  [/^Field must have maximum length of (.+)\.$/, m => 'Vul hoogstens ' + m[1] + ' tekens in.'],
  [/^Field must match pattern (.+)\.$/, m => 'De invoer past niet in het vereiste patroon ' + m[1] + '.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid +international phone number.*$/, () => 'Vul een geldig internationaal telefoonnummer in (bijv. +31701234567).'],
  [/^Select$/, () => 'Kies…'],
  [/^No results$/, () => 'Geen resultaten'],
  [/^Date$/, () => 'Datum'],
  [/^Time$/, () => 'Tijd']
];

function dutchText(text) {
  const trimmed = text.trim();
  for (const [pattern, dutch] of FORM_TEXTS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return dutch(match);
    }
  }
  return null;
}

function translateForm(root) {
  if (!root || !root.querySelectorAll) {
    return;
  }
  const selector = '.fjs-form-field-error li, .fjs-select-display, .fjs-form-field-label, .fjs-dropdownlist-empty';
  const nodes = Array.from(root.querySelectorAll(selector));
  if (root.matches && root.matches(selector)) {
    nodes.push(root);
  }
  nodes.forEach(node => {
    node.childNodes.forEach(child => {
      if (child.nodeType === Node.TEXT_NODE) {
        const dutch = dutchText(child.nodeValue);
        if (dutch !== null && dutch !== child.nodeValue) {
          child.nodeValue = dutch;
        }
      }
    });
  });
  root.querySelectorAll('input.fjs-taglist-input[placeholder="Search"], input[placeholder="Search"]')
    .forEach(input => input.setAttribute('placeholder', 'Zoeken'));
}

function whenReady(test, then, tries = 600) {
  const value = test();
  if (value) {
    then(value);
  } else if (tries > 0) {
    setTimeout(() => whenReady(test, then, tries - 1), 50);
  }
}

whenReady(() => window.flatpickr && window.flatpickr.l10ns, l10ns => {
  l10ns.nl = Object.assign({}, l10ns.default, FLATPICKR_DUTCH);
  window.flatpickr.localize(FLATPICKR_DUTCH);
});

whenReady(() => {
  const angular = window.angular;
  return angular && (angular.element(document.documentElement).injector()
    || angular.element(document.body).injector());
}, injector => {
  Object.assign(injector.get('$locale').DATETIME_FORMATS, ANGULAR_DUTCH);
});

whenReady(() => document.body, body => {
  translateForm(body);
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'characterData') {
      translateForm(mutation.target.parentNode || body);
    } else {
      mutation.addedNodes.forEach(node => translateForm(node.nodeType === Node.TEXT_NODE ? node.parentNode : node));
    }
  })).observe(body, {childList: true, subtree: true, characterData: true});
});

// --- refusals next to their fields ---

const SUBMIT_FORM = /\/task\/[^/]+\/submit-form$|\/process-definition\/[^/]+\/submit-form$/;

function fieldElement(key) {
  const input = document.querySelector('.fjs-form [id$="Field_' + CSS.escape(key) + '"], '
    + '.fjs-form [id$="Field_' + CSS.escape(key) + '-date"]');
  return input ? input.closest('.fjs-form-field') : null;
}

function showUnderField(field, sentence, kind) {
  field.querySelectorAll('.wmo-field-message.' + kind).forEach(old => old.remove());
  const message = document.createElement('div');
  message.className = 'fjs-form-field-error wmo-field-message ' + kind;
  message.setAttribute('role', 'alert');
  message.textContent = sentence;
  field.appendChild(message);
  field.classList.add('wmo-refused');
  field.addEventListener('input', () => {
    message.remove();
    field.classList.remove('wmo-refused');
  }, {once: true});
}

function clearRefusals() {
  document.querySelectorAll('.wmo-field-message.wmo-refusal').forEach(node => node.remove());
  document.querySelectorAll('.wmo-refused').forEach(node => node.classList.remove('wmo-refused'));
}

function showRefusal(problem) {
  let first = null;
  (problem.errors || []).forEach(error => {
    const field = fieldElement(error.field);
    if (field) {
      showUnderField(field, /[.!?]$/.test(error.message) ? error.message : error.field + ' ' + error.message + '.',
        'wmo-refusal');
      first = first || field;
    }
  });
  if (first) {
    first.scrollIntoView({block: 'center'});
  }
}

const send = XMLHttpRequest.prototype.send;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.wmoUrl = String(url).split('?')[0];
  return open.apply(this, arguments);
};
/** Camunda's notification service of this webapp, or null before Angular has started. */
function notifications() {
  const angular = window.angular;
  const injector = angular && (angular.element(document.documentElement).injector()
    || angular.element(document.body).injector());
  return injector && injector.has('Notifications') ? injector.get('Notifications') : null;
}

/** After a completed task: the refusals of earlier tries are gone, and a confirmation says what was done. */
function confirmCompleted(taskName) {
  const service = notifications();
  if (!service) {
    return;
  }
  service.clearAll();
  service.addMessage({
    status: 'Taak afgerond',
    message: taskName ? '„' + taskName + '” is afgerond; de zaak gaat verder.' : 'De taak is afgerond.',
    duration: 8000,
    exclusive: true
  });
}

function openTaskName() {
  const header = document.querySelector('[cam-tasklist-task] .names h2, .task-details h2, [cam-tasklist-task] h2');
  return header ? header.textContent.replace(/\s+/g, ' ').trim() : '';
}

XMLHttpRequest.prototype.send = function () {
  if (this.wmoUrl && SUBMIT_FORM.test(this.wmoUrl)) {
    clearRefusals();
    const taskName = /\/task\//.test(this.wmoUrl) ? openTaskName() : '';
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300 && /\/task\//.test(this.wmoUrl)) {
        // after Tasklist's own handling of the answer (it closes the form and reloads the list)
        setTimeout(() => confirmCompleted(taskName), 0);
      }
      if (this.status === 400) {
        try {
          showRefusal(JSON.parse(this.responseText));
        } catch (e) {
          // not a problem of ours: Camunda's notification says what there is to say
        }
      }
    });
  }
  return send.apply(this, arguments);
};

// a typed date before the picker's first allowed day is cleared by flatpickr without a word: say so
document.addEventListener('input', event => {
  const input = event.target;
  if (input.matches && input.matches('.fjs-form input[id$="-date"]')) {
    input.wmoTyped = input.value;
  }
}, true);
document.addEventListener('focusout', event => {
  const input = event.target;
  if (!input.matches || !input.matches('.fjs-form input[id$="-date"]') || !input.wmoTyped) {
    return;
  }
  setTimeout(() => {
    const picker = input._flatpickr;
    const field = input.closest('.fjs-form-field');
    if (field && input.value === '' && picker && picker.config.minDate) {
      showUnderField(field, 'De datum ' + input.wmoTyped + ' ligt in het verleden: kies vandaag of een latere datum.',
        'wmo-past-date');
    }
    input.wmoTyped = '';
  }, 100);
}, true);

// --- a task the user may only look at (a manager): no Oppakken, date links or Afronden ---

const WORK_ACTIONS = ['Oppakken', 'Teruggeven', 'Afronden', 'Opslaan', 'Delegeren', 'Opvolgdatum instellen',
  'Vervaldatum instellen', 'Groepen toevoegen', 'Behandelaar wissen', 'Opvolgdatum wissen', 'Vervaldatum wissen'];
let readOnlyTask = null;

/** The groups that look at tasks without working them (identity/Groups.MANAGERS: read-only). */
const READ_ONLY_GROUPS = ['managers'];
let readOnlyUser = null;

function webappApi() {
  const path = window.location.pathname;
  return path.substring(0, path.indexOf('/app/')) + '/api';
}

/** True when every group of the logged-in user is a read-only group (a manager); false when unsure. */
function userIsReadOnly() {
  if (readOnlyUser === null) {
    readOnlyUser = getJson(webappApi() + '/admin/auth/user/default')
      .then(user => getJson(webappApi() + '/engine/engine/default/group?member=' + encodeURIComponent(user.userId)))
      .then(groups => groups.length > 0 && groups.every(group => READ_ONLY_GROUPS.includes(group.id)))
      .catch(() => false);
  }
  return readOnlyUser;
}

function hideWorkActions() {
  const view = document.querySelector('.task-details, [cam-tasklist-task]') || document.body;
  if (!document.body.classList.contains('wmo-alleen-inzien')) {
    return;
  }
  view.querySelectorAll('button, a').forEach(node => {
    if (WORK_ACTIONS.includes(node.textContent.replace(/\s+/g, ' ').trim()) && !node.classList.contains('wmo-hidden')) {
      node.classList.add('wmo-hidden');
    }
  });
  const header = view.querySelector('.task-details .names, .task-details h2, .task-details .task-name');
  if (header && !view.querySelector('.wmo-read-only-note')) {
    const note = document.createElement('div');
    note.className = 'wmo-read-only-note';
    note.textContent = 'U kunt deze taak alleen inzien: oppakken, afronden en termijnen wijzigen doet de '
      + 'behandelende groep.';
    header.parentNode.insertBefore(note, header.nextSibling);
  }
}

function followTask() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  const taskId = match ? decodeURIComponent(match[1]) : null;
  if (taskId === readOnlyTask) {
    return;
  }
  readOnlyTask = taskId;
  document.body.classList.remove('wmo-alleen-inzien');
  document.querySelectorAll('.wmo-read-only-note').forEach(node => node.remove());
  document.querySelectorAll('.wmo-hidden').forEach(node => node.classList.remove('wmo-hidden'));
  if (taskId && window.location.pathname.indexOf('/app/tasklist/') >= 0) {
    userIsReadOnly().then(readOnly => {
      if (readOnly && readOnlyTask === taskId) {
        document.body.classList.add('wmo-alleen-inzien');
        hideWorkActions();
      }
    });
  }
}

whenReady(() => document.body, body => {
  followTask();
  window.addEventListener('hashchange', followTask);
  new MutationObserver(() => {
    followTask();
    hideWorkActions();
  }).observe(body, {childList: true, subtree: true});
});

export default [];
