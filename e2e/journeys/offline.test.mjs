// Offline after the first load: reload, play a case and switch language with the network off and no
// failed request; then a new deploy is announced, and progress survives the update.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, freshPage, chooseLocale, acceptWarningIfAny, answer, playToEnd } from '../lib/app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the service worker controls the page, its precache complete. */
async function untilOfflineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('after one visit the app works offline: reload, play a case, switch to Arabic', async () => {
  const server = await startServer({ root: dist });
  const { context, page, errors } = await freshPage(browser);
  const failed = [];
  // A request the page itself cancelled by moving on (a favicon still loading at the reload, say)
  // is not a failure of the offline copy: anything else is (offline, it would read ERR_INTERNET_DISCONNECTED).
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`); });
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await untilOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await page.goto(`${server.url}#/case/uncle-drives-nephew`);
  await playToEnd(page);
  await chooseLocale(page, 'ar');
  await page.goto(`${server.url}#/case/debt-after-the-crossing`);
  await acceptWarningIfAny(page);
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector('.case__story')?.textContent || ''));
  await page.goto(`${server.url}#/glossary`);
  await page.waitForSelector('.term');
  // The quick exit works offline too: the neutral page is in the cache.
  // In the learner's language: Arabic, chosen above.
  await page.click('[data-testid="quick-exit"]');
  await page.waitForURL(/atay\.html$/);
  assert.equal(await page.textContent('h1'), 'الشاي بالنعناع');
  assert.deepEqual(failed, [], 'no request failed while offline');
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('a new deploy shows "a new version is available" and progress is intact after reloading', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-site-'));
  fs.cpSync(dist, site, { recursive: true });
  const server = await startServer({ root: site });
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(page);
  await answer(page, [3]);
  await untilOfflineReady(page);
  const oldCache = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('tipsom-')));

  // Deploy a second build into the same folder: a changed file gives a new service worker.
  const index = path.join(site, 'content/en/index.json');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8') + '\n');
  execFileSync('node', [path.resolve(dist, '../scripts/post-build.mjs'), site]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('[data-testid="update-notice"]');
  assert.match(await page.textContent('[data-testid="update-notice"]'), /new version/);

  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-reload"]')]);
  await page.waitForSelector('[data-testid="case-player"]');
  assert.equal(await page.getAttribute('[data-testid="case-player"]', 'data-step'), '1', 'the answer given before the update is kept');
  const caches = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('tipsom-')));
  assert.equal(caches.length, 1, 'the old cache is removed');
  assert.notEqual(caches[0], oldCache);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('a new deploy is announced on the home page too, though only its small module was running', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-site-'));
  fs.cpSync(dist, site, { recursive: true });
  const server = await startServer({ root: site });
  const { context, page, errors } = await freshPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await untilOfflineReady(page);
  const index = path.join(site, 'content/en/index.json');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8') + '\n');
  execFileSync('node', [path.resolve(dist, '../scripts/post-build.mjs'), site]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  // The home page hands over to the app, which shows the notice on its own home page.
  await page.waitForSelector('[data-testid="update-notice"]');
  assert.equal(await page.locator('#boot').count(), 0);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-reload"]')]);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('trainer mode opened offline on a device that never opened it says so, with no link to itself', async () => {
  const server = await startServer({ root: dist });
  const { context, page, errors } = await freshPage(browser, { locale: 'fr-FR' });
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await untilOfflineReady(page);
  await context.setOffline(true);
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.waitForSelector('[data-testid="trainer-not-downloaded"]');
  assert.match(await page.textContent('[data-testid="trainer-not-downloaded"]'), /pas encore été téléchargé/);
  assert.equal(await page.locator('[data-testid="trainer-not-downloaded"] a[href^="trainer.html"]').count(), 0, 'no link that loops');
  await page.waitForTimeout(1000);
  assert.match(page.url(), /trainer\.html#\/trainer$/, 'and no reload loop');
  assert.equal(await page.locator('[data-testid="trainer-not-downloaded"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});
