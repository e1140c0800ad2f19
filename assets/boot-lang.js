// Runs before the first paint (a small blocking script, allowed by the CSP as a file of our own):
// picks the language and display preferences the app will use, so the static first screen shows
// in the right language, direction and size, and a discreet title from the start.
(function () {
  var html = document.documentElement;
  var prefs = {};
  try {
    var stored = JSON.parse(localStorage.getItem('tipsom') || 'null');
    prefs = (stored && stored.progress && (stored.progress.preferences || stored.progress.settings)) || {};
  } catch (e) { /* storage blocked or unreadable: the app will say so */ }
  var wanted = [prefs.locale].concat(navigator.languages || [navigator.language]);
  var lang = 'en';
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i] || '').slice(0, 2).toLowerCase();
    if (code === 'en' || code === 'fr' || code === 'ar') { lang = code; break; }
  }
  html.lang = lang;
  html.dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (prefs['large-text']) html.classList.add('large-text');
  if (prefs['high-contrast']) html.classList.add('high-contrast');
  if (prefs.discreet) document.title = lang === 'ar' ? 'ملاحظات' : 'Notes';
  if (!location.hash || location.hash === '#/' || location.hash === '#') {
    html.classList.add('boot-home');
  } else {
    // Another page than the home page, opened directly: it needs the app (whose files index.html
    // names in a meta tag, written at build time), and a case needs its content. Ask for them now,
    // beside the page's own files, rather than one after the other once the app runs.
    var app = document.querySelector('meta[name="tipsom-app"]');
    var preload = function (href, as, type) {
      var link = document.createElement('link');
      link.rel = as === 'script' ? 'modulepreload' : 'preload';
      if (as !== 'script') link.as = as;
      if (type) link.type = type;
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    };
    if (app) {
      var files = app.content.split(' ');
      preload(files[0], 'script');
      preload(files[1], 'fetch', 'application/wasm');
    }
    var kase = location.hash.match(/^#\/case\/([a-z0-9-]+)$/);
    if (kase) {
      preload('content/' + lang + '/index.json', 'fetch');
      preload('content/' + lang + '/cases/' + kase[1] + '.json', 'fetch');
    }
  }
})();
