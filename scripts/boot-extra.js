// Registers the service worker and tells the app when a new version is waiting.
if ('serviceWorker' in navigator) {
  const announce = (worker) => {
    window.__tipsomWaiting = worker;
    dispatchEvent(new CustomEvent('tipsom-update-ready'));
  };
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed' && navigator.serviceWorker.controller) announce(incoming);
      });
    });
  }).catch(() => {});
  // The app asks for the switch; once the new worker controls the page, reload into it.
  addEventListener('tipsom-apply-update', () => window.__tipsomWaiting?.postMessage('skip-waiting'));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && window.__tipsomWaiting) { reloading = true; location.reload(); }
  });
}
