// exit.html was the quick exit's page before the neutral pages had names of their own; a tab
// still running an older version (with no offline copy of it, as in a private window) may link
// here. It shows nothing and goes at once, in its own place in the history, to the neutral page
// of the learner's language (as src/domain/safety.rs names them).
(function () {
  var pages = { en: 'mint-tea.html', fr: 'the-a-la-menthe.html', ar: 'atay.html' };
  var wanted = [];
  try {
    var stored = JSON.parse(localStorage.getItem('tipsom') || 'null');
    var prefs = (stored && stored.progress && stored.progress.preferences) || {};
    wanted.push(prefs.locale);
  } catch (e) { /* storage blocked: the browser's languages decide */ }
  wanted = wanted.concat(navigator.languages || [navigator.language]);
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i] || '').slice(0, 2).toLowerCase();
    if (pages[code]) return location.replace(pages[code]);
  }
  location.replace(pages.en);
})();
