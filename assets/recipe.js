// Opened in place of pages that are still ahead in this tab's history: one more entry of this
// same page drops them, so Forward finds nothing (the Navigation API tells which are there).
(function () {
  try {
    var nav = window.navigation;
    if (nav && nav.currentEntry && nav.currentEntry.index < nav.entries().length - 1) {
      history.pushState(null, '', location.href);
    }
  } catch (e) { /* nothing to do without it */ }
})();
