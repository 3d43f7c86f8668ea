// Wmo Toezicht: each waiting timer of a process instance on Cockpit's diagram, with its date the Dutch way and the
// legal basis the model gives it. Plain JavaScript, Camunda 7.14+ plugin API (cockpit.processInstance.diagram.plugin).
// Reads GET /api/process-instances/{id}/timers (webapps/TimerOverlayController) with the Cockpit session.

import {contextPath, el, getJson} from '../../../wmo/common.js';

/** The badge's size in diagram units (styles/user-styles.css .wmo-timer-overlay). */
const BADGE_WIDTH = 140;
const BADGE_HEIGHT = 44;
/** The smallest scale a badge is shown at, whatever the diagram's zoom. */
const MIN_SCALE = 0.9;

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
    getJson(contextPath() + '/api/process-instances/' + encodeURIComponent(processInstanceId) + '/timers')
      .catch(() => [])
      .then(timers => {
        const overlays = viewer.get('overlays');
        const registry = viewer.get('elementRegistry');
        // under each timer event; a badge that would cover an earlier one moves down below it. Badges keep a
        // readable size when the diagram is shown small (scale.min), so they are measured at the current zoom.
        const zoom = viewer.get('canvas').zoom();
        const factor = Math.max(zoom, MIN_SCALE) / zoom;
        const width = BADGE_WIDTH * factor;
        const height = BADGE_HEIGHT * factor;
        const placed = [];
        timers.map(t => ({timer: t, shape: registry.get(t.activityId)})).filter(t => t.shape)
          .sort((a, b) => a.shape.x - b.shape.x).forEach(({timer, shape}) => {
            const left = shape.x + shape.width / 2 - width / 2;
            let top = shape.y + shape.height + 4;
            while (placed.some(p => left < p.left + width && p.left < left + width
                && top < p.top + height && p.top < top + height)) {
              top += height + 2;
            }
            placed.push({left, top});
            overlays.add(timer.activityId, 'wmo-timer', {position: {top: top - shape.y, left: left - shape.x},
              scale: {min: MIN_SCALE}, html: badge(timer)});
          });
        document.body.classList.add('wmo-timers-shown');
      })
      .catch(() => document.body.classList.add('wmo-timers-shown'));
  }
};
