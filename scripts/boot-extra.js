// Registers the service worker and tells the app when a new version is waiting, and how the
// offline copy stands (`window.__tipsomOffline` and the `tipsom-offline` event, read by the app's
// offline status: downloading with progress, ready, or not available and why).
const offline = (report) => {
  window.__tipsomOffline = report;
  dispatchEvent(new CustomEvent('tipsom-offline'));
};
if (!('serviceWorker' in navigator)) offline({ state: 'unsupported' });
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'tipsom-offline') offline(event.data);
  });
  navigator.serviceWorker.startMessages();
  const announce = (worker) => {
    window.__tipsomWaiting = worker;
    dispatchEvent(new CustomEvent('tipsom-update-ready'));
  };
  // A later visit: the worker in charge says at once how the offline copy stands.
  navigator.serviceWorker.controller?.postMessage('offline-status');
  // The learner app holds the offline download back until its first screen is up (see
  // scripts/boot-learner.js); the trainer app registers at once.
  (window.__tipsomQuiet ?? Promise.resolve()).then(() => navigator.serviceWorker.register('./sw.js')).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    // Nothing installing: the active worker says whether its copy is complete.
    if (registration.active && !registration.installing) registration.active.postMessage('offline-status');
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed' && navigator.serviceWorker.controller) announce(incoming);
      });
    });
  }).catch(() => offline({ state: 'unsupported' }));
  // The app asks for the switch; once the new worker controls the page, reload into it.
  addEventListener('tipsom-apply-update', () => window.__tipsomWaiting?.postMessage('skip-waiting'));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && window.__tipsomWaiting) { reloading = true; location.reload(); }
  });
}
