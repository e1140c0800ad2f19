// index.html's boot script (the trunk bootstrap is replaced by this; see post-build.mjs).
// On the home page only the home page's small module runs (tipsom-home: progress, language, quick
// exit); the app loads when the learner opens any other page, or when the home page hands over
// (`tipsom-load-app`) or a new version waits (the app shows the notice). A first visit to the home
// page downloads a fraction of the app; the service worker then caches everything for offline use.
const APP = { js: './__APP_JS__', wasm: './__APP_WASM__' };
const HOME = { js: './__HOME_JS__', wasm: './__HOME_WASM__' };
const atHome = () => ['', '#', '#/'].includes(location.hash);
let app = null;
const loadApp = () => {
  app ??= import(APP.js).then((m) => m.default({ module_or_path: APP.wasm }));
  return app;
};
addEventListener('hashchange', () => {
  if (atHome() || app) return;
  // Leaving the home page before the app is here: show the loading bar, not the home page.
  document.documentElement.classList.remove('boot-home');
  loadApp();
});
addEventListener('tipsom-load-app', loadApp);
addEventListener('tipsom-update-ready', loadApp);
// In discreet mode the static home page (which names the app) stays hidden and the app draws the
// home page in its neutral words (assets/boot-lang.js marks the page `discreet`).
if (atHome() && !document.documentElement.classList.contains('discreet')) {
  import(HOME.js).then((m) => m.default({ module_or_path: HOME.wasm })).catch(loadApp);
} else {
  loadApp();
}
