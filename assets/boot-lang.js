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
  if (!location.hash || location.hash === '#/' || location.hash === '#') html.classList.add('boot-home');
})();
