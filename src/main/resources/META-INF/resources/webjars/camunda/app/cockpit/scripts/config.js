// Wmo Toezicht: Cockpit configuration (overrides Camunda's default app/cockpit/scripts/config.js). Name, vendor, Dutch
// first and the date formats are those of every webapp (app/wmo/common.js).
import {webappConfig} from '../../wmo/common.js';

export default webappConfig('Cockpit', {
  // the deadline overview "Termijnenoverzicht" (dashboard, menu and page #/termijnen), the waiting timers with
  // their dates and legal basis on the process instance diagram, the print queue "Printwachtrij" (#/printwachtrij)
  // and "Toezicht in cijfers" (menu and page #/toezicht-in-cijfers, docs/processen/jaarrapportage.md); each imports
  // what the scripts share from app/wmo/common.js
  customScripts: ['scripts/wmo/termijnen', 'scripts/wmo/timers', 'scripts/wmo/printwachtrij', 'scripts/wmo/cijfers',
    '../wmo/nederlands']
});
