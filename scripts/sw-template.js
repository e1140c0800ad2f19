// tipsom service worker, generated at build time by scripts/post-build.mjs from the files in dist/.
// A new build has a new cache name; the old cache is removed once the new worker takes over.
const CACHE = 'tipsom-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  // No skipWaiting here: the learner chooses when to switch to a new version.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tipsom-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => {
        if (hit) return hit;
        // What is not precached (the trainer app) is kept the first time it is fetched, for offline use.
        return fetch(request)
          .then((response) => {
            if (response.ok) cache.put(request, response.clone());
            return response;
          })
          // Navigations (any route lives in the hash) fall back to the app shell when offline.
          .catch(() => (request.mode === 'navigate' ? cache.match('./') : Response.error()));
      }),
    ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
