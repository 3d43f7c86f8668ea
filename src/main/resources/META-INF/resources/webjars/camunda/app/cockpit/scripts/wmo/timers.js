// Wmo Toezicht: each waiting timer of a process instance on Cockpit's diagram, with its date the Dutch way and the
// legal basis the model gives it. Plain JavaScript, Camunda 7.14+ plugin API (cockpit.processInstance.diagram.plugin).
// Reads GET /api/process-instances/{id}/timers (webapps/TimerOverlayController) with the Cockpit session.

/** The application's context path: what precedes "/<webapp path>/app/" in this page's address. */
function contextPath() {
  const path = window.location.pathname;
  const webapp = path.substring(0, path.indexOf('/app/'));
  return webapp.substring(0, webapp.lastIndexOf('/'));
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.filter(c => c !== null && c !== undefined)
    .forEach(c => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

function badge(timer) {
  const title = timer.name + ': ' + timer.date + (timer.legalBasis ? ' (' + timer.legalBasis + ')' : '')
    + (timer.documentation ? '\n' + timer.documentation : '');
  return el('div', {'class': 'wmo-timer-overlay', 'data-activity': timer.activityId, 'title': title},
    el('div', {'class': 'wmo-timer-date'}, timer.date),
    timer.legalBasis ? el('div', {'class': 'wmo-timer-basis'}, timer.legalBasis) : null);
}

export default {
  id: 'wmo-timers',
  pluginPoint: 'cockpit.processInstance.diagram.plugin',
  priority: 5,
  render: (viewer, {processInstanceId}) => {
    fetch(contextPath() + '/api/process-instances/' + encodeURIComponent(processInstanceId) + '/timers',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : [])
      .then(timers => {
        const overlays = viewer.get('overlays');
        const registry = viewer.get('elementRegistry');
        timers.filter(t => registry.get(t.activityId)).forEach(timer => {
          overlays.add(timer.activityId, 'wmo-timer', {position: {top: 40, left: -60}, html: badge(timer)});
        });
        document.body.classList.add('wmo-timers-shown');
      })
      .catch(() => document.body.classList.add('wmo-timers-shown'));
  }
};
