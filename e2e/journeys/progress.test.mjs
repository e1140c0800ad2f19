// Progress that is never lost: reload, two tabs, blocked storage, export and import, corrupt data,
// forget me, and a printable certificate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, content, freshPage, acceptWarningIfAny, answer, playToEnd, storageKeys } from '../lib/app.mjs';

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CASE = 'debt-after-the-crossing';

test('progress survives a reload and two pages of one browser see each other\'s answers', async () => {
  const { context, page, errors } = await freshPage(browser);
  const other = await context.newPage();
  await other.goto(`${server.url}#/cases`);
  await other.waitForSelector(`[data-case-id="${CASE}"]`);
  await page.goto(`${server.url}#/case/${CASE}`);
  await acceptWarningIfAny(page);
  await answer(page, [1]);
  // The other page learns of the answer through the storage event, without reloading.
  await other.waitForFunction((id) => /In progress/.test(document.querySelector(`[data-case-id="${id}"] .status`)?.textContent || ''), CASE);
  // An answer given in the other page too: both are kept, merged per attempt.
  await other.goto(`${server.url}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(other);
  await answer(other, [3]);
  await page.reload();
  await page.waitForSelector('[data-testid="case-player"]');
  assert.equal(await page.getAttribute('[data-testid="case-player"]', 'data-step'), '1', 'the case resumes at the next step');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tipsom')));
  assert.deepEqual(stored.progress.attempts.map((a) => a['case-id']).sort(), [CASE, 'uncle-drives-nephew'].sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test('with localStorage throwing, the app still works and says progress will not be kept', async () => {
  const { context, page, errors } = await freshPage(browser);
  await context.addInitScript(() => {
    const fail = () => { throw new DOMException('blocked', 'SecurityError'); };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
    Storage.prototype.removeItem = fail;
  });
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="storage-notice"]');
  assert.match(await page.textContent('[data-testid="storage-notice"]'), /cannot be saved/);
  assert.ok(await page.locator('[data-testid="storage-notice"] [data-testid="export"]').count(), 'export is at hand');
  await playToEnd(page);
  assert.match(await page.textContent('[data-testid="case-score"]'), /\d+%/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('export then import into a fresh browser restores the progress page exactly', async () => {
  const a = await freshPage(browser);
  await a.page.goto(`${server.url}#/case/${CASE}`);
  await playToEnd(a.page);
  await a.page.goto(`${server.url}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(a.page);
  await a.page.locator('.confidence label').first().click();
  await answer(a.page, [3]);
  await a.page.goto(`${server.url}#/progress`);
  await a.page.waitForSelector('[data-testid="tracks"]');
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.click('[data-testid="export"]')]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-')), 'progress.json');
  await download.saveAs(file);
  const before = await a.page.textContent('main');

  const b = await freshPage(browser);
  await b.page.goto(`${server.url}#/progress`);
  await b.page.waitForSelector('[data-testid="tracks"]');
  await b.page.setInputFiles('[data-testid="import"]', file);
  await b.page.waitForSelector('[data-testid="import-message"]');
  const message = await b.page.textContent('[data-testid="import-message"]');
  assert.match(message, /merged/);
  const restored = (await b.page.textContent('main')).replace(message, '');
  assert.equal(restored, before, 'the progress page is the same on the new device');

  // A malformed, foreign or oversized file is refused and changes nothing.
  for (const [body, pattern] of [['{nope', /could not be read/], ['{"app":"other"}', /not a tipsom progress file/], [' '.repeat(2 * 1024 * 1024 + 1), /too large/]]) {
    const bad = path.join(path.dirname(file), 'bad.json');
    fs.writeFileSync(bad, body);
    await b.page.setInputFiles('[data-testid="import"]', bad);
    await b.page.waitForFunction((p) => new RegExp(p).test(document.querySelector('[data-testid="import-message"]')?.textContent || ''), pattern.source);
    assert.equal((await b.page.textContent('main')).replace(await b.page.textContent('[data-testid="import-message"]'), ''), before);
  }
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

test('a corrupted stored value gives a notice and is kept under a backup key', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await page.evaluate(() => localStorage.setItem('tipsom', '{"app":"tipsom","schema":2,"progress":{"attempts":[{"truncated'));
  await page.reload();
  await page.waitForSelector('[data-testid="storage-notice"]');
  assert.match(await page.textContent('[data-testid="storage-notice"]'), /could not be read/);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tipsom.backup.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, ['{"app":"tipsom","schema":2,"progress":{"attempts":[{"truncated']);
  // Loading the same unreadable value again keeps one copy, not one more per visit.
  await page.reload();
  await page.waitForSelector('[data-testid="storage-notice"]');
  assert.equal((await storageKeys(page)).filter((k) => k.startsWith('tipsom.backup.')).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('forget me leaves nothing of the app in localStorage', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/case/${CASE}`);
  await acceptWarningIfAny(page);
  await answer(page, [1]);
  await page.evaluate(() => localStorage.setItem('tipsom.backup.1', 'old'));
  assert.ok((await storageKeys(page)).length >= 2);
  await page.goto(`${server.url}#/progress`);
  await page.click('[data-testid="forget"]');
  await page.click('[data-testid="forget-confirm"]');
  await page.waitForSelector('[data-testid="import-message"]');
  assert.deepEqual((await storageKeys(page)).filter((k) => k.startsWith('tipsom')), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a completed track prints a one-page certificate, labelled self-assessed', async () => {
  const { context, page, errors } = await freshPage(browser);
  const index = content('en', 'index.json');
  const health = index.cases.filter((c) => c.tracks.includes('health'));
  const attempts = health.map((c, i) => ({
    id: `cert-${i}`, 'case-id': c.id, 'case-version': c.version, 'content-version': index['content-version'],
    'step-count': c.steps, 'started-at': 1e12 + i,
    steps: Array.from({ length: c.steps }, (_, s) => ({ step: s, chosen: [0], score: 100, 'answered-at': 1e12 + i + s })),
  }));
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await page.evaluate((a) => localStorage.setItem('tipsom', JSON.stringify({ app: 'tipsom', schema: 2, progress: { attempts: a, preferences: {} } })), attempts);
  await page.goto(`${server.url}#/progress`);
  await page.reload();
  await page.click('[data-track="Health"] a');
  await page.waitForSelector('[data-testid="certificate"]');
  await page.fill('#certificate-name', 'Nadia El Amrani');
  const text = await page.textContent('[data-testid="certificate"]');
  assert.match(text, /Nadia El Amrani completed the track “Health professionals”/);
  assert.match(text, /Self-assessed/);
  assert.match(text, new RegExp(`Content version: ${index['content-version']}`));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.equal(pages, 1, 'the certificate prints on one page');
  assert.deepEqual(errors, []);
  await context.close();
});
