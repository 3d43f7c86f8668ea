// Wmo Toezicht: where a start form asks for a municipality's CBS code (the text field "Field_municipalityCode" of
// forms/*-starten.form and *-registreren.form), Tasklist offers the municipalities by name instead: a choice of
// those the user may start a case for (GET /api/municipalities/mine: the municipalities whose tenant she is a member
// of). Picking "Heerlen" puts "GM0917" into the form's own field, which is hidden but stays the field the form
// submits: the process receives the code and checks it as before (a wrong code is refused with the same sentence).
// Without this script, or when the list cannot be read, the form asks for the code as it always did.
// Plain JavaScript, loaded as a custom script (scripts/config.js).

import {contextPath, el, getJson} from '../../../wmo/common.js';

const FIELD = 'Field_municipalityCode';
const CHOICE_CLASS = 'wmo-municipality-choice';

let loading = false;
let failedAt = 0;

/**
 * Reads the user's municipalities for the start forms now shown and offers them. Read anew for every form: another
 * user may have logged in on the same page since (and before the login /api answers 401).
 */
function loadMine() {
  if (loading || Date.now() - failedAt < 30000) {
    return;
  }
  loading = true;
  getJson(contextPath() + '/api/municipalities/mine')
    .then(list => {
      loading = false;
      codeFields().forEach(input => offer(input, list));
    })
    .catch(() => {
      loading = false;
      failedAt = Date.now(); // the form keeps asking for the code; tried again with a later form
    });
}

/** The form-js text fields for a municipality code that can be typed in and have no choice yet. */
function codeFields() {
  return Array.from(document.querySelectorAll('.fjs-form input.fjs-input[id$="-' + FIELD + '"]'))
    .filter(input => !input.disabled && !input.readOnly && !input.dataset.wmoPlain)
    .filter(input => !input.closest('.fjs-form-field').querySelector('select.' + CHOICE_CLASS));
}

/** Puts the code into form-js's field as typing and leaving it would: form-js takes the value when it is left. */
function enter(input, code) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setValue.call(input, code);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('blur'));
  input.dispatchEvent(new Event('focusout', {bubbles: true}));
}

/** "Gemeente (CBS-code)" becomes "Gemeente"; an example code leaves the description. Changed in place, as gemeente.js. */
function withoutCodeHints(field) {
  const texts = [];
  field.querySelectorAll('.fjs-form-field-label, .fjs-form-field-description').forEach(node => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      texts.push(text);
    }
  });
  texts.forEach(text => {
    const shown = text.nodeValue
      .replace(/\s*\(CBS-code\)/, '')
      .replace(/^Bijvoorbeeld GM\d{4}(?: voor [^;:,]+)?[;:,]?\s*/, '')
      .replace(/,?\s*bijvoorbeeld GM\d{4}(?: voor [^;:,]+)?$/, '');
    if (shown !== text.nodeValue) {
      text.nodeValue = shown.charAt(0).toUpperCase() + shown.slice(1);
    }
  });
}

function offer(input, mine) {
  if (mine.length === 0) {
    input.dataset.wmoPlain = 'true'; // nothing to offer: the field as it is, the process says why a code is refused
    return;
  }
  const field = input.closest('.fjs-form-field');
  const group = input.closest('.fjs-input-group') || input;
  const choice = el('select', {'class': 'fjs-input ' + CHOICE_CLASS, id: input.id + '-gemeente',
    'aria-label': 'Gemeente', 'data-field': FIELD});
  choice.appendChild(el('option', {value: ''}, 'Kies een gemeente…'));
  mine.forEach(m => choice.appendChild(el('option', {value: m.code, title: m.code}, m.name)));
  const typed = input.value.trim().toUpperCase();
  if (mine.some(m => m.code === typed)) {
    choice.value = typed;
  } else if (mine.length === 1) {
    // a user of one municipality: that one
    choice.value = mine[0].code;
    enter(input, mine[0].code);
  }
  choice.addEventListener('change', () => enter(input, choice.value));
  group.style.display = 'none';
  group.parentNode.insertBefore(choice, group.nextSibling);
  const label = field.querySelector('label.fjs-form-field-label');
  if (label) {
    label.htmlFor = choice.id;
  }
  withoutCodeHints(field);
}

function offerNames() {
  if (codeFields().length > 0) {
    loadMine();
  }
}

new MutationObserver(offerNames).observe(document.documentElement, {childList: true, subtree: true});

export default [];
