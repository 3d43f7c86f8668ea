// Wmo Toezicht: what the webapp scripts share (served at /camunda/app/wmo/common.js). Camunda's webapps load
// scripts/config.js and every custom script as an ES module (import()), all at once and in no fixed order, so
// each script imports what it needs from here itself:
//   import {el, getJson} from '../../../wmo/common.js';   (a plugin in app/<webapp>/scripts/wmo/)
//   import {webappConfig} from '../../wmo/common.js';     (app/<webapp>/scripts/config.js)
// The browser loads this module once per page, whichever script asks first.

/** What every webapp's scripts/config.js says: name, vendor, Dutch first, Camunda's date formats. */
export const LOCALES = {
  availableLocales: ['nl', 'en'],
  fallbackLocale: 'nl'
};

export function webappConfig(name, settings) {
  return Object.assign({
    app: {name, vendor: 'Wmo Toezicht'},
    locales: LOCALES,
    dateFormat: {normal: 'LLL', long: 'LLLL'}
  }, settings);
}

/** The application's context path: what precedes "/<webapp path>/app/" in this page's address. */
export function contextPath() {
  const path = window.location.pathname;
  const webapp = path.substring(0, path.indexOf('/app/'));
  return webapp.substring(0, webapp.lastIndexOf('/'));
}

/** An element with attributes and children (strings become text: nothing is read as HTML). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.filter(c => c !== null && c !== undefined)
    .forEach(c => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

/** A table head of one row of column names. */
export function tableHead(names) {
  return el('thead', {}, el('tr', {}, ...names.map(name => el('th', {}, name))));
}

/** "1 dag", "3 dagen": the count with the singular or the plural. */
export function counted(n, one, many) {
  return n + (n === 1 ? one : many);
}

/** GET with the webapp's session; rejects with "status <code>" (and the code in error.status) when not ok. */
export function getJson(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(response => {
    if (!response.ok) {
      const error = new Error('status ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  });
}

/**
 * The CSRF token Camunda's webapps keep in this session and hand the page as the cookie XSRF-TOKEN (their own
 * requests send it as the header X-XSRF-TOKEN); empty when there is none.
 */
export function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/**
 * A write (POST, PUT, DELETE) to our /api with the webapp's session: the server accepts it only from this page's
 * origin and with the session's CSRF token (docs/security/hardening.md). Resolves with {response, body}, body the
 * parsed JSON answer or {} when there is none.
 */
export function sendWithSession(method, url, jsonBody) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()};
  if (jsonBody !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, {method, credentials: 'same-origin', headers,
    body: jsonBody === undefined ? undefined : JSON.stringify(jsonBody)})
    .then(response => response.json().catch(() => ({})).then(body => ({response, body})));
}

const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'});
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric',
  hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam'});

/** "7 december 2026" for the ISO date "2026-12-07" (a calendar day: no time zone involved). */
export function dutchDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return DATE.format(new Date(y, m - 1, d));
}

/** "7 december 2026 om 14:05" for an instant, as on a clock in the Netherlands. */
export function dutchDateTime(instant) {
  return DATE_TIME.format(new Date(instant));
}

/**
 * A Cockpit page of its own: the route (#<path>) and the link to it in Cockpit's navigation. render(node) fills
 * the page; the link carries linkClass.
 */
export function cockpitPage({id, path, priority, label, linkClass, render}) {
  return [
    {
      id: id + 'Route',
      pluginPoint: 'cockpit.route',
      properties: {path},
      render: node => render(node)
    },
    {
      id: id + 'Navigation',
      pluginPoint: 'cockpit.navigation',
      priority,
      properties: {},
      render: node => node.appendChild(el('a', {href: '#' + path, 'class': linkClass}, label))
    }
  ];
}

/**
 * A page that lists what one GET of the application's API returns: heading, introduction and a status line
 * ("Laden…", then status(rows), or "<failure> (<reason>)."), and table(rows) below it when there are rows.
 */
export function listPage(node, {className, title, intro, url, status, table, failure}) {
  const line = el('p', {'class': 'wmo-status'}, 'Laden…');
  const panel = el('section', {'class': className}, el('h3', {}, title), el('p', {'class': 'wmo-intro'}, intro), line);
  node.appendChild(panel);
  getJson(contextPath() + url)
    .then(rows => {
      line.textContent = status(rows);
      if (rows.length > 0) {
        panel.appendChild(table(rows));
      }
    })
    .catch(error => {
      line.textContent = failure + ' (' + error.message + ').';
    });
}
