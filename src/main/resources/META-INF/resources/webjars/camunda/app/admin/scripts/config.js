// Wmo Toezicht: Admin configuration (overrides Camunda's default app/admin/scripts/config.js).
export default {
  app: {
    name: 'Beheer',
    vendor: 'Wmo Toezicht'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Dutch date pickers (scripts shared by the webapps, app/wmo/nederlands.js)
  customScripts: ['../wmo/nederlands']
};
