// index.html's boot script (the trunk bootstrap is replaced by this; see post-build.mjs).
// On the home page only the home page's small module runs (tipsom-home: progress, language, quick
// exit); the app loads when the learner opens any other page, or when the home page hands over
// (`tipsom-load-app`) or a new version waits (the app shows the notice). A first visit to the home
// page downloads a fraction of the app; the service worker then caches everything for offline use.
// A case (opened by its link, or by Start) shows its static opening first (assets/boot-lang.js),
// and the app downloads after it.
const APP = { js: './__APP_JS__', wasm: './__APP_WASM__' };
const HOME = { js: './__HOME_JS__', wasm: './__HOME_WASM__' };
const atHome = () => ['', '#', '#/'].includes(location.hash);
const caseOf = (hash) => hash.match(/^#\/case\/([a-z0-9-]+)$/)?.[1];
const html = document.documentElement;
let app = null;
// `first`: what must be on screen before the app's download starts (a case's story).
const loadApp = (first = window.__tipsomStory ?? Promise.resolve()) => {
  app ??= first.then(() => {
    // The wasm beside the script, not after it (the script would ask for it only once it runs);
    // assets/boot-lang.js asked for both already when the page opened on another page than home.
    if (!document.querySelector(`link[rel="preload"][href="${APP.wasm}"]`)) {
      const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: APP.wasm, crossOrigin: 'anonymous' });
      link.type = 'application/wasm';
      document.head.append(link);
    }
    return import(APP.js);
  }).then((m) => m.default({ module_or_path: APP.wasm }));
  app.then(quiet, quiet);
  return app;
};
addEventListener('hashchange', () => {
  if (atHome() || app) return;
  // Leaving the home page before the app is here: a case shows its opening at once (the home
  // page's module fetched it when idle); any other page, the loading bar.
  const kase = caseOf(location.hash);
  const story = kase ? window.__tipsomShowStory(kase) : Promise.resolve(false);
  story.then((shown) => {
    if (!shown) html.classList.remove('boot-home');
    if (kase) window.__tipsomCaseContent(kase);
  });
  loadApp(story);
});
addEventListener('tipsom-load-app', () => loadApp());
addEventListener('tipsom-update-ready', () => loadApp());
// When the service worker may start its offline download (scripts/boot-extra.js): once the app
// runs, so the download never competes with the story on a slow link nor fetches the app a second
// time while the page is fetching it; on the home page, a few seconds after the home page's module
// is ready (it has fetched what Start needs), unless the learner moves on first.
let quiet;
window.__tipsomQuiet = new Promise((resolve) => { quiet = resolve; });
addEventListener('tipsom-home-ready', () => setTimeout(quiet, 3000), { once: true });
// In discreet mode the static home page (which names the app) stays hidden and the app draws the
// home page in its neutral words (assets/boot-lang.js marks the page `discreet`).
if (atHome() && !html.classList.contains('discreet')) {
  import(HOME.js).then((m) => m.default({ module_or_path: HOME.wasm })).catch(() => loadApp());
} else {
  loadApp();
}
