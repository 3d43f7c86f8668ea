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
  // the deadline overview "Termijnenoverzicht" (dashboard, menu and page #/termijnen), the waiting timers with
  // their dates and legal basis on the process instance diagram, the print queue "Printwachtrij" (#/printwachtrij)
  // and "Toezicht in cijfers" (menu and page #/toezicht-in-cijfers, docs/processen/jaarrapportage.md)
  customScripts: ['scripts/wmo/termijnen', 'scripts/wmo/timers', 'scripts/wmo/printwachtrij', 'scripts/wmo/cijfers',
    '../wmo/nederlands']
};
