// Faults, injected as a hostile or unlucky browser would: a full store, every stored key unreadable
// in turn, two tabs and "Forget me", another page on the presenter's channel, blocked
// sessionStorage. Nothing stored may be lost or written over unread; nothing may crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { freshPage, acceptWarningIfAny, answer, storageKeys } from '../lib/app.mjs';

let server;
let browser;
before(async () => { server = await startServer({ root: dist() }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function dist() {
  return new URL('../../dist', import.meta.url).pathname;
}

const CASE = 'debt-after-the-crossing';

/** Unreadable values, one per key; the progress one holds a lone surrogate, as a broken writer might. */
const UNREADABLE = {
  tipsom: (pad) => `{"app":"tipsom","schema":2,"progress":{"attempts":"\uD800${pad}"`,
  'tipsom.decks': (pad) => `{"app":"tipsom","kind":"decks","schema":1,"decks":[{"id":01,"x":"${pad}"}]}`,
  'tipsom.packs': (pad) => `{"app":"tipsom","kind":"packs","schema":1,"packs":[{"n":1e400,"x":"${pad}"}]}`,
};

/** Fills localStorage to the brim with keys of another app, and returns their names. */
async function fillQuota(page) {
  return page.evaluate(() => {
    const names = [];
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      for (;;) {
        const name = `other-app-${names.length}`;
        try { localStorage.setItem(name, 'x'.repeat(size)); names.push(name); } catch { break; }
      }
    }
    return names;
  });
}

/** The stored value of a key, compared in the page as a string of UTF-16 code units. */
async function storedEquals(page, key, expected) {
  return page.evaluate(([k, v]) => localStorage.getItem(k) === v, [key, expected]);
}

async function backupsOf(page, prefix) {
  return page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => localStorage.getItem(k)), prefix);
}

test('a full store and every key unreadable: nothing is written over, then each original is copied byte for byte', async () => {
  const { context, page, errors } = await freshPage(browser, { locale: 'fr-FR' });
  await page.goto(`${server.url}#/cases`);
  await page.waitForSelector(`[data-case-id="${CASE}"]`);
  const originals = Object.fromEntries(Object.entries(UNREADABLE).map(([k, make]) => [k, make('y'.repeat(30000))]));
  await page.evaluate((values) => { for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v); }, originals);
  const filler = await fillQuota(page);
  assert.ok(filler.length > 0, 'the quota was filled');

  // The learner app: progress cannot be read nor copied. It works in memory, says so in French,
  // offers the export, and writes nothing over the original.
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.reload();
  await page.waitForSelector('[data-testid="storage-notice"]');
  assert.match(await page.textContent('[data-testid="storage-notice"]'), /la place manque pour en garder une copie/);
  assert.ok(await page.locator('[data-testid="storage-notice"] [data-testid="export"]').count(), 'export is at hand');
  await acceptWarningIfAny(page);
  await answer(page, [1]);
  for (const [key, value] of Object.entries(originals)) assert.ok(await storedEquals(page, key, value), `${key} untouched`);

  // The trainer app, visited again and again: decks and packs are never copied, nor written over.
  for (let visit = 0; visit < 3; visit++) {
    await page.goto(`${server.url}trainer.html#/trainer`);
    await page.waitForSelector('[data-testid="trainer"]');
  }
  assert.match(await page.textContent('main'), /la place manque sur cet appareil pour en garder une copie/);
  for (const [key, value] of Object.entries(originals)) assert.ok(await storedEquals(page, key, value), `${key} untouched after visits`);
  assert.deepEqual((await storageKeys(page)).filter((k) => k.includes('backup')), [], 'no partial copy anywhere');

  // Room again: the next save copies the unreadable progress first, verbatim, then writes.
  await page.evaluate((names) => names.forEach((n) => localStorage.removeItem(n)), filler);
  await page.goto(`${server.url}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(page);
  await answer(page, [3]);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('tipsom.backup.')));
  const progressBackups = await page.evaluate((v) => Object.keys(localStorage).filter((k) => /^tipsom\.backup\.[0-9a-f]{16}/.test(k)).map((k) => localStorage.getItem(k) === v), originals.tipsom);
  assert.deepEqual(progressBackups, [true], 'one backup, identical to the original, lone surrogate included');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tipsom')));
  assert.ok(stored.progress.attempts.some((a) => a['case-id'] === 'uncle-drives-nephew'), 'the new answer is saved');

  // Decks and packs, unreadable in turn, are copied on the trainer app's first visit, once.
  for (let visit = 0; visit < 3; visit++) {
    await page.goto(`${server.url}trainer.html#/trainer`);
    await page.waitForSelector('[data-testid="trainer"]');
  }
  assert.deepEqual(await backupsOf(page, 'tipsom.decks.backup.'), [originals['tipsom.decks']]);
  assert.deepEqual(await backupsOf(page, 'tipsom.backup.packs.'), [originals['tipsom.packs']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs, Forget me in one, an answer in the other: nothing forgotten comes back', async () => {
  const { context, page: a, errors } = await freshPage(browser);
  const b = await context.newPage();
  await a.goto(`${server.url}#/case/${CASE}`);
  await acceptWarningIfAny(a);
  await answer(a, [1]);
  await b.goto(`${server.url}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(b);
  await answer(b, [3]);
  await b.click('[data-testid="next"]');
  await a.evaluate(() => localStorage.setItem('tipsom.decks', JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'd', name: 'Oujda', cases: [] }] })));
  const before = await a.evaluate(() => JSON.parse(localStorage.getItem('tipsom')).progress.attempts.length);
  assert.equal(before, 2);

  await a.goto(`${server.url}#/progress`);
  await a.click('[data-testid="forget"]');
  await a.click('[data-testid="forget-confirm"]');
  await a.waitForSelector('[data-testid="import-message"]');
  // Tab B learns of it at once and says so.
  await b.waitForSelector('[data-testid="storage-notice"]');
  assert.match(await b.textContent('[data-testid="storage-notice"]'), /Forget me/);
  // Its next answer is the only thing stored: nothing of the two erased attempts, nor the decks.
  await acceptWarningIfAny(b);
  await answer(b, [0]);
  await b.waitForFunction(() => localStorage.getItem('tipsom') !== null);
  const stored = await b.evaluate(() => JSON.parse(localStorage.getItem('tipsom')));
  assert.equal(stored.progress.attempts.length, 1);
  assert.equal(stored.progress.attempts[0].steps.length, 1, 'a fresh attempt, not the forgotten one');
  assert.deepEqual((await storageKeys(b)).filter((k) => k.startsWith('tipsom')), ['tipsom']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('another page of the origin cannot drive the projector; a blocked sessionStorage is said', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.waitForSelector('[data-testid="trainer"]');
  const index = await page.evaluate(async () => (await (await fetch('content/en/index.json')).json()).cases.slice(0, 2).map((c) => c.id));
  await page.evaluate((ids) => localStorage.setItem('tipsom.decks', JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'room', name: 'Room', cases: ids }] })), index);
  await page.goto(`${server.url}trainer.html#/present/room`);
  await page.reload();
  await page.waitForSelector('[data-testid="open-audience"]');
  const url = await page.getAttribute('[data-testid="open-audience"]', 'data-href');
  assert.match(url, /#\/audience\/[0-9a-f]{16}$/);
  const audience = await context.newPage();
  await audience.goto(url);
  await audience.waitForSelector('[data-testid="stage-options"]');

  // A hostile page posts on the channel: a guessed room, an empty one, an old protocol, a `../` id.
  const hostile = await context.newPage();
  await hostile.goto(`${server.url}#/cases`);
  await hostile.evaluate((ids) => {
    // The channel name of old and one guessed room's; the protocol of old and the current one;
    // a well-formed show (a build before rooms followed it) and one naming a file by `../`.
    const channels = ['tipsom-presenter', 'tipsom-presenter.0000000000000000'].map((n) => new BroadcastChannel(n));
    const timer = { shown: false, 'running-since': null, 'elapsed-ms': 0 };
    const show = (cases) => ({ 'deck-id': 'room', 'deck-name': 'Hijacked', cases, case: 0, step: 0, revealed: true, breakdown: true, blanked: false, timer, votes: [] });
    const shows = [show(ids.map((id) => ({ id, steps: 1 }))), show([{ id: '../glossary', steps: 1 }])];
    let seq = 0;
    for (const channel of channels) {
      for (const [v, room] of [[1, undefined], [2, '0000000000000000'], [2, '']]) {
        const session = { started: Date.now() + 1e9, nonce: 1 };
        for (const s of shows) channel.postMessage(JSON.stringify({ v, room, session, seq: ++seq, message: { state: { show: s, locale: 'ar' } } }));
        channel.postMessage(JSON.stringify({ v, room, session, seq: ++seq, message: { remote: { command: 'toggle-reveal' } } }));
      }
    }
  }, index);
  await audience.waitForTimeout(500);
  assert.equal(await audience.locator('[data-testid="stage-answer"]').count(), 0, 'the answer is not revealed');
  assert.doesNotMatch(await audience.textContent('body'), /Hijacked/);
  assert.equal(await audience.evaluate(() => document.documentElement.lang), 'en');
  assert.doesNotMatch(await page.textContent('[data-testid="room-status"]'), /revealed|shown/i);

  // sessionStorage blocked: the presenter says it cannot keep its place on reload.
  const blocked = await browser.newContext();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const p2 = await blocked.newPage();
  await p2.goto(`${server.url}trainer.html#/trainer`);
  await p2.waitForSelector('[data-testid="trainer"]');
  await p2.evaluate((ids) => localStorage.setItem('tipsom.decks', JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'room', name: 'Room', cases: ids }] })), index);
  await p2.goto(`${server.url}trainer.html#/present/room`);
  await p2.reload();
  await p2.waitForSelector('[data-testid="no-session-storage"]');
  await blocked.close();
  assert.deepEqual(errors, []);
  await context.close();
});
