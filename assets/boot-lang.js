// Runs before the first paint (a small blocking script, allowed by the CSP as a file of our own):
// picks the language and display preferences the app will use, so the static first screen shows
// in the right language, direction and size, discreet mode's neutral title and icon from the start,
// and, with "leave no trail", links that take the place of the current history entry.
(function () {
  var html = document.documentElement;
  var prefs = {};
  var stored = null;
  try {
    stored = JSON.parse(localStorage.getItem('tipsom') || 'null');
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
  // Discreet mode, from the first paint: the neutral tab title, icon, home-screen icon and
  // installed name (the app keeps them as the preference changes: web::adapters::document). The
  // static home page below speaks of the app: in discreet mode the app draws its own instead.
  if (prefs.discreet) {
    html.classList.add('discreet');
    document.title = lang === 'ar' ? 'ملاحظات' : 'Notes';
    var neutral = { icon: 'icons/notes.svg', 'apple-touch-icon': 'icons/notes-192.png', manifest: 'notes.webmanifest' };
    var links = document.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]');
    for (var l = 0; l < links.length; l++) {
      // The app's own href (and its integrity, which does not fit the neutral file) is kept
      // beside it, to be put back when discreet mode is turned off.
      links[l].setAttribute('data-usual-href', links[l].getAttribute('href'));
      if (links[l].hasAttribute('integrity')) {
        links[l].setAttribute('data-usual-integrity', links[l].getAttribute('integrity'));
        links[l].removeAttribute('integrity');
      }
      links[l].setAttribute('href', neutral[links[l].rel]);
    }
  }
  // No trail: moving inside the app replaces the tab's history entry instead of adding one. On in
  // discreet mode unless the learner turned it off (Preferences::leaves_no_trail).
  if (prefs['no-trail'] === true || (prefs['no-trail'] !== false && prefs.discreet)) html.classList.add('no-trail');
  // Every link of the app followed in place of the current entry, while `no-trail` is on (the
  // app keeps the class as the preference changes). Last to see the click, so a link that script
  // handles itself (the quick exit, the skip link) is left alone; a link opened in another tab or
  // saved as a download too.
  addEventListener('click', function (event) {
    if (!html.classList.contains('no-trail') || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('download')) return;
    var target = link.getAttribute('target');
    if (target && target !== '_self') return;
    var url = new URL(link.getAttribute('href'), document.baseURI);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    location.replace(url.href);
  });
  // One download per file: the first caller starts it, later callers (this script, the home page's
  // module, the app, through web::adapters::content_fetch) share the same promise of its text.
  // A failed download is forgotten, so asking again tries again.
  var fetched = {};
  window.__tipsomFetch = function (url) {
    if (!fetched[url]) {
      fetched[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
        return response.text();
      });
      fetched[url].catch(function () { delete fetched[url]; });
    }
    return fetched[url];
  };
  var app = document.querySelector('meta[name="tipsom-app"]');
  var attempts = (stored && stored.progress && stored.progress.attempts) || [];
  var played = function (id) {
    for (var a = 0; a < attempts.length; a++) if (attempts[a] && attempts[a]['case-id'] === id) return true;
    return false;
  };
  var parsed = function () {
    return new Promise(function (resolve) {
      if (document.readyState !== 'loading') resolve();
      else document.addEventListener('DOMContentLoaded', function () { resolve(); }, { once: true });
    });
  };
  // A case's opening, written at build time (content/<lang>/story/<id>.html, the app's own markup
  // for its first screen), shown in the static page at once while the app downloads; the app
  // draws the same text in its place (web::pages::case_page). Only in the learner app, only for a
  // case not played yet (the app would resume at a later step), never in discreet mode (the page
  // names the app), and not when the offline copy serves the page. Resolves to whether it is shown.
  // With the offline copy in charge, the app comes from this device at once: no opening is needed
  // (and, offline, none could be fetched: they are not part of the copy).
  var local = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  var opens = function (id) {
    return app && !local && /^[a-z0-9-]+$/.test(id) && !played(id) && !html.classList.contains('discreet');
  };
  var storyUrl = function (id) { return 'content/' + html.lang + '/story/' + id + '.html'; };
  // The home page's module fetches the opening of the case Start leads to, so a tap shows it at once.
  window.__tipsomPrefetchStory = function (id) {
    return opens(id) ? window.__tipsomFetch(storyUrl(id)).catch(function () {}) : Promise.resolve();
  };
  window.__tipsomShowStory = function (id) {
    if (!opens(id)) return Promise.resolve(false);
    var language = html.lang;
    return window.__tipsomFetch(storyUrl(id)).then(function (text) {
      return parsed().then(function () {
        var main = document.querySelector('#boot .shell[lang="' + language + '"] main');
        // The app has drawn meanwhile, or the learner went elsewhere.
        if (!main || location.hash !== '#/case/' + id || html.classList.contains('discreet')) return false;
        var old = main.querySelector('[data-testid="story-opening"]');
        if (old) old.remove();
        main.insertAdjacentHTML('afterbegin', text);
        // The app shows how it works only to a learner who has not played yet.
        var how = attempts.length ? main.querySelector('.case__how') : null;
        if (how) how.remove();
        html.classList.add('boot-story');
        html.classList.remove('boot-home');
        return true;
      });
    }, function () { return false; });
  };
  // What a case page needs once the app runs: its index and the case, asked for after the story
  // (they are not needed before the wasm, which comes after it too).
  var content = function (id) {
    window.__tipsomFetch('content/' + html.lang + '/index.json').catch(function () {});
    window.__tipsomFetch('content/' + html.lang + '/cases/' + id + '.json').catch(function () {});
  };
  window.__tipsomCaseContent = content;
  if ((!location.hash || location.hash === '#/' || location.hash === '#') && !prefs.discreet) {
    html.classList.add('boot-home');
  } else {
    // Another page than the home page, opened directly: it needs the app (whose files index.html
    // names in a meta tag, written at build time), and a case needs its content. Ask for them
    // early, side by side, rather than one after the other once the app runs.
    var preload = function (href, as, type) {
      var link = document.createElement('link');
      link.rel = as === 'script' ? 'modulepreload' : 'preload';
      if (as !== 'script') link.as = as;
      if (type) link.type = type;
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    };
    var kase = location.hash.match(/^#\/case\/([a-z0-9-]+)$/);
    // A case opened by its link: its story first, alone on the link (a slow one is shared by
    // every download), then the app and the case's content, side by side.
    window.__tipsomStory = kase ? window.__tipsomShowStory(kase[1]) : Promise.resolve(false);
    window.__tipsomStory.then(function () {
      if (app) {
        var files = app.content.split(' ');
        preload(files[0], 'script');
        preload(files[1], 'fetch', 'application/wasm');
      }
      if (kase) content(kase[1]);
    });
  }
})();
