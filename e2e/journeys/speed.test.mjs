// The fastest way to the story (issue 13): a case opened by its link, or by Start on the home page,
// shows its static opening (content/<lang>/story/<id>.html) before the app's module has run; the
// app then takes over with the same text (one story in the page, never two); discreet mode never
// shows it; each content file is fetched once; the service worker still ends "ready offline".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, watchErrors } from '../lib/browser.mjs';
import { dist, content } from '../lib/app.mjs';

const CASE = 'uncle-drives-nephew';
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const APP_JS = /\/tipsom-[0-9a-f]+\.js$/;
// The static opening and the app's page after it, side by side, to be looked at (not committed).
const SHOTS = path.resolve(dist, '../e2e/screenshots');

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); fs.mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh phone whose learner app's module is held back until `release()` is called. */
async function phone(locale, { stored } = {}) {
  const context = await browser.newContext({ locale, ...PHONE });
  if (stored) await context.addInitScript((v) => { if (!localStorage.getItem('tipsom')) localStorage.setItem('tipsom', v); }, JSON.stringify(stored));
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route(APP_JS, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors, release };
}

/** The first step's paragraphs, as the compiled case has them. */
function firstStory(locale) {
  return content(locale, `cases/${CASE}.json`).steps[0].text.split('\n\n').map((p) => p.trim()).filter(Boolean);
}

/** How many times the page asked for each content file (the service worker's offline download,
 * which fetches every file in the background once the app runs, aside). */
function countContent(page) {
  const counts = {};
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/content/')) counts[p] = (counts[p] || 0) + 1;
  });
  return counts;
}

for (const [locale, lang] of [['fr-FR', 'fr'], ['ar-MA', 'ar']]) {
  test(`a case opened by its link (${lang}) shows its story before the app runs, then the app takes over with the same text`, async () => {
    const { context, page, errors, release } = await phone(locale);
    const counts = countContent(page);
    await page.goto(`${server.url}#/case/${CASE}`);
    const opening = page.locator('[data-testid="story-opening"] .case__story');
    await opening.waitFor();
    assert.ok(await opening.isVisible(), 'the static story is on screen');
    assert.equal(await page.locator('[data-testid="case-player"]').count(), 0, 'the app has not drawn yet');
    assert.deepEqual(await opening.locator('p').allTextContents(), firstStory(lang));
    assert.equal(await page.locator('[data-testid="story-opening"] h1').textContent(), content(lang, `cases/${CASE}.json`).title);
    // First visit: the line on how the app works, as the app shows it.
    assert.equal(await page.locator('[data-testid="story-opening"] .case__how').count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
    const before = await opening.boundingBox();
    await page.screenshot({ path: path.join(SHOTS, `story-static-${lang}.png`) });
    release();
    await page.waitForSelector('[data-testid="case-player"] .options__list');
    assert.equal(await page.locator('[data-testid="story-opening"]').count(), 0, 'the static opening is gone');
    assert.equal(await page.locator('.case__story').count(), 1, 'one story in the page');
    assert.deepEqual(await page.locator('.case__story p').allTextContents(), firstStory(lang));
    const after = await page.locator('.case__story').boundingBox();
    await page.screenshot({ path: path.join(SHOTS, `story-app-${lang}.png`) });
    assert.ok(Math.abs(after.y - before.y) < 2, `the story stays in place (${before.y} → ${after.y})`);
    await page.waitForTimeout(300);
    for (const file of [`/content/${lang}/index.json`, `/content/${lang}/cases/${CASE}.json`, `/content/${lang}/story/${CASE}.html`]) {
      assert.equal(counts[file], 1, `${file} fetched once (${JSON.stringify(counts)})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('home → Start shows the story of the case Start leads to at once, before the app runs, each file fetched once', async () => {
  const { context, page, errors, release } = await phone('fr-FR');
  const counts = countContent(page);
  await page.goto(server.url);
  const start = page.locator('.page--home .home__start[href^="#/case/"]:visible');
  await start.waitFor();
  const id = (await start.getAttribute('href')).replace('#/case/', '');
  // The home page's module fetches the opening of that case while the learner reads.
  await page.waitForFunction((u) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(u)), `/content/fr/story/${id}.html`);
  await start.tap();
  await page.waitForSelector(`[data-testid="story-opening"][data-case="${id}"]`);
  assert.ok(await page.locator('[data-testid="story-opening"]').isVisible());
  assert.equal(await page.locator('.shell[lang="fr"] .page--home').isVisible(), false, 'the home page gave way');
  assert.equal(await page.locator('[data-testid="case-player"]').count(), 0, 'the app has not drawn yet');
  release();
  await page.waitForSelector('[data-testid="case-player"], [data-testid="content-warning"]');
  assert.equal(await page.locator('[data-testid="story-opening"]').count(), 0);
  assert.ok(await page.locator('.case__story, [data-testid="content-warning"]').count() <= 1);
  await page.waitForTimeout(300);
  for (const file of ['/content/fr/index.json', `/content/fr/cases/${id}.json`, `/content/fr/story/${id}.html`]) {
    assert.equal(counts[file], 1, `${file} fetched once (${JSON.stringify(counts)})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('discreet mode never shows the static opening (it names the app), nor asks for it', async () => {
  const stored = { app: 'tipsom', schema: 2, progress: { attempts: [], preferences: { discreet: true, locale: 'fr', 'updated-at': 1 } } };
  const { context, page, errors, release } = await phone('fr-FR', { stored });
  const counts = countContent(page);
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForTimeout(800);
  assert.equal(await page.locator('[data-testid="story-opening"]').count(), 0);
  release();
  await page.waitForSelector('[data-testid="case-folded"]');
  assert.equal(await page.locator('[data-testid="story-opening"]').count(), 0);
  assert.equal(counts[`/content/fr/story/${CASE}.html`], undefined, 'the opening is not even fetched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a case already played opens where the learner was, with no static opening of its first step', async () => {
  const stored = {
    app: 'tipsom', schema: 2,
    progress: {
      attempts: [{ id: 'a1', 'case-id': CASE, 'case-version': content('fr', `cases/${CASE}.json`).version, 'content-version': 'x', 'step-count': content('fr', `cases/${CASE}.json`).steps.length, 'started-at': 1, steps: [{ step: 0, chosen: [0], score: 0, 'answered-at': 2 }] }],
      preferences: { locale: 'fr', 'updated-at': 1 },
    },
  };
  const { context, page, errors, release } = await phone('fr-FR', { stored });
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForTimeout(800);
  assert.equal(await page.locator('[data-testid="story-opening"]').count(), 0);
  release();
  await page.waitForSelector('[data-testid="case-player"][data-step="1"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the offline copy still ends "ready offline" after a case opened by its link', async () => {
  const { context, page, errors, release } = await phone('en-GB');
  release();
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="case-player"]');
  await page.waitForSelector('[data-testid="offline-status"].offline-status--ready', { timeout: 60000 });
  assert.deepEqual(errors, []);
  await context.close();
});
