// Wmo Toezicht: Tasklist configuration (overrides Camunda's default app/tasklist/scripts/config.js). Name, vendor,
// Dutch first (a browser that asks for English gets English; nl.json is served by
// nl.wmotoezicht.webapps.DutchLocaleController) and the date formats are those of every webapp (app/wmo/common.js).
import {webappConfig} from '../../wmo/common.js';

export default webappConfig('Takenlijst', {
  // the "Dossier" tab of a task (the case's history, deadlines and documents); the search by case number,
  // municipality or provider and the default sort by due date; the municipality's name instead of its code, and
  // chosen by name where a start form asks for its code
  customScripts: ['scripts/wmo/dossier', 'scripts/wmo/zoeken', 'scripts/wmo/gemeente', 'scripts/wmo/gemeentekeuze',
    '../wmo/nederlands'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'pakt de gekozen taak op'},
    focusFilter: {key: 'ctrl+shift+f', description: 'zet de focus op het eerste filter'},
    focusList: {key: 'ctrl+alt+l', description: 'zet de focus op de eerste taak in de lijst'},
    focusForm: {key: 'ctrl+alt+f', description: 'zet de focus op het eerste veld van het formulier'},
    startProcess: {key: 'ctrl+alt+p', description: 'opent het venster om een proces te starten'}
  }
});
