// Wmo Toezicht: Admin configuration (overrides Camunda's default app/admin/scripts/config.js). Name, vendor, Dutch
// first and the date formats are those of every webapp (app/wmo/common.js).
import {webappConfig} from '../../wmo/common.js';

export default webappConfig('Beheer', {
  // Dutch date pickers (scripts shared by the webapps, app/wmo/nederlands.js)
  customScripts: ['../wmo/nederlands']
});
