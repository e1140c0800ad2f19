// tipsom service worker, generated at build time by scripts/post-build.mjs from the files in dist/.
// A new build has a new cache name; the old cache is removed once the new worker takes over.
const CACHE = 'tipsom-__VERSION__';
const FILES = __FILES__;

// Tells every window of the app how the offline copy stands ({ state, done, total }); the page
// script relays it to the app (scripts/boot-extra.js), which shows "12 / 48 files" or "ready ✓".
async function report(message) {
  const windows = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const w of windows) w.postMessage({ type: 'tipsom-offline', ...message });
}

// How many of the files are in the cache.
async function cached(cache) {
  const hits = await Promise.all(FILES.map((f) => cache.match(f)));
  return hits.filter(Boolean).length;
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: the learner chooses when to switch to a new version.
  // File by file, a few at a time, so the learner sees the progress; files a stopped download
  // already kept are not fetched again on the next try.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const total = FILES.length;
    const queue = [...FILES];
    let done = 0;
    let told = 0;
    const fetchNext = async () => {
      while (queue.length) {
        const file = queue.shift();
        if (!(await cache.match(file))) {
          const response = await fetch(file);
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          await cache.put(file, response);
        }
        done += 1;
        if (Date.now() - told > 200) { told = Date.now(); report({ state: 'downloading', done, total }); }
      }
    };
    try {
      await Promise.all([fetchNext(), fetchNext(), fetchNext(), fetchNext()]);
    } catch (error) {
      await report({ state: 'failed', done, total });
      throw error;
    }
    await report({ state: 'ready', done: total, total });
  })());
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
  // A page asks how the offline copy stands (a later visit: nothing is being downloaded).
  if (event.data === 'offline-status') {
    event.waitUntil(caches.open(CACHE).then(cached).then((done) => {
      const total = FILES.length;
      event.source?.postMessage({ type: 'tipsom-offline', state: done >= total ? 'ready' : 'downloading', done, total });
    }));
  }
});
