// Wmo Toezicht: welcome page configuration (overrides Camunda's default app/welcome/scripts/config.js).
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
