// Wmo Toezicht: welcome page configuration (overrides Camunda's default app/welcome/scripts/config.js): Dutch first,
// as in every webapp (app/wmo/common.js).
import {LOCALES} from '../../wmo/common.js';

export default {
  locales: LOCALES
};
