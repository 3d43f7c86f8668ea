// Wmo Toezicht: Cockpit configuration (overrides Camunda's default app/cockpit/scripts/config.js).
export default {
  app: {
    name: 'Cockpit',
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
  // the deadline overview "Termijnenoverzicht" (page #/termijnen) and the print queue "Printwachtrij" (#/printwachtrij)
  customScripts: ['scripts/wmo/termijnen', 'scripts/wmo/printwachtrij', '../wmo/nederlands']
};
