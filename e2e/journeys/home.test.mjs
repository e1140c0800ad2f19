// The home page before the app (issue 6): a first visit to the home page downloads the home page's
// small module, not the app; the app loads when the learner leaves the home page; both home pages
// show the same progress; the language chosen on the home page carries into the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { freshPage, chooseLocale, content } from '../lib/app.mjs';

const READY = '.page--home .progress-line:not(.loading)';
const APP_WASM = /\/tipsom-[0-9a-f]+_bg\.wasm$/;
const HOME_WASM = /\/tipsom-home-[0-9a-f]+_bg\.wasm$/;
let server;
let browser;
before(async () => { server = await startServer({ root: (await import('../lib/app.mjs')).dist }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Progress with the first case of the library done and the second one started. */
function progressWithOneDone() {
  const [first, second] = content('en', 'index.json').cases;
  const record = (step) => ({ step, chosen: [0], score: 100, 'answered-at': 1_700_000_000_000 + step });
  const attempt = (id, c, steps) => ({
    id, 'case-id': c.id, 'case-version': c.version, 'content-version': 'v', 'step-count': c.steps, 'started-at': 1_700_000_000_000,
    steps: steps.map(record),
  });
  return {
    first, second,
    envelope: JSON.stringify({ app: 'tipsom', schema: 2, progress: {
      attempts: [attempt('a1', first, [...Array(first.steps).keys()]), attempt('a2', second, [0])], preferences: {},
    } }),
  };
}

test('a first visit to the home page loads the small module, and the app only when the learner leaves it', async () => {
  const { context, page, errors } = await freshPage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(server.url);
  await page.waitForSelector(READY);
  await page.waitForLoadState('networkidle');
  assert.ok(requested.some((u) => HOME_WASM.test(u)), 'the home page module is loaded');
  assert.ok(!requested.some((u) => APP_WASM.test(u)), 'the app is not loaded on the home page');
  const total = content('en', 'index.json').cases.length;
  assert.equal(await page.textContent(READY), `0 of ${total} cases completed`);

  await page.click('.shell:visible .actions a.button:not(.button--primary)');
  await page.waitForSelector('.case-card');
  assert.ok(requested.some((u) => APP_WASM.test(u)), 'the app is loaded on leaving the home page');
  assert.equal(await page.locator('#boot').count(), 0, 'the app has replaced the static home page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the home page before the app and the app\'s home page show the same progress and start', async () => {
  const { context, page, errors } = await freshPage(browser);
  const { second, envelope } = progressWithOneDone();
  await page.goto(`${server.url}mint-tea.html`);
  await page.evaluate((e) => localStorage.setItem('tipsom', e), envelope);
  await page.goto(server.url);
  await page.waitForSelector(READY);
  const before = {
    line: await page.textContent(READY),
    start: await page.getAttribute('.shell:visible .button--primary', 'href'),
    bar: await page.getAttribute('.shell:visible .progress-bar__fill', 'width'),
  };
  const total = content('en', 'index.json').cases.length;
  assert.equal(before.line, `1 of ${total} cases completed`);
  assert.equal(before.start, `#/case/${second.id}`, 'Start resumes the unfinished case');
  assert.equal(before.bar, String(Math.floor(100 / total)));

  // The same page drawn by the app, after a visit to the library.
  await page.click('.shell:visible nav a[href="#/cases"]');
  await page.waitForSelector('.case-card');
  await page.click('.site-header .brand');
  await page.waitForSelector(READY);
  assert.equal(await page.locator('#boot').count(), 0, 'this is the app\'s home page');
  assert.deepEqual({
    line: await page.textContent(READY),
    start: await page.getAttribute('.page--home .button--primary', 'href'),
    bar: await page.getAttribute('.page--home .progress-bar__fill', 'width'),
  }, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language chosen on the home page is kept, and the app opens in it', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(server.url);
  await page.waitForSelector(READY);
  await chooseLocale(page, 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const total = content('ar', 'index.json').cases.length;
  await page.waitForFunction((t) => document.querySelector('.shell[lang="ar"] .progress-line:not(.loading)')?.textContent.includes(String(t)), total);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-locale')), 'ar', 'focus stays on the language button');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tipsom')).progress.preferences.locale);
  assert.equal(stored, 'ar');
  await page.reload();
  await page.waitForSelector('.shell[lang="ar"] .progress-line:not(.loading)');
  await page.click('.shell:visible nav a[href="#/cases"]');
  await page.waitForSelector('.case-card');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.match(await page.textContent('.case-card h2, .case-card h3'), /[\u0600-\u06FF]/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the home page before the app, the keyboard finds the skip link first and it moves focus to the content', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(server.url);
  await page.waitForSelector(READY);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
  assert.equal(await page.locator('#boot').count(), 1, 'still the home page, the app not loaded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quick exit on the home page before the app leaves at once and Back does not return', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto('about:blank');
  await page.goto(server.url);
  await page.waitForSelector(READY);
  await page.click('.shell:visible [data-testid="quick-exit"]');
  await page.waitForURL(/mint-tea\.html$/);
  assert.match(await page.textContent('h1'), /Mint tea/);
  await page.goBack();
  assert.equal(page.url(), 'about:blank', 'Back skips the home page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the home page before the app follows progress that another tab saves or erases', async () => {
  const { context, page, errors } = await freshPage(browser);
  const total = content('en', 'index.json').cases.length;
  await page.goto(server.url);
  await page.waitForSelector(READY);
  assert.equal(await page.textContent(READY), `0 of ${total} cases completed`);
  const other = await context.newPage();
  await other.goto(`${server.url}mint-tea.html`);
  await other.evaluate((e) => localStorage.setItem('tipsom', e), progressWithOneDone().envelope);
  await page.waitForFunction((t) => document.querySelector('.shell[lang="en"] .progress-line')?.textContent === `1 of ${t} cases completed`, total);
  await other.evaluate(() => localStorage.removeItem('tipsom'));
  await page.waitForFunction((t) => document.querySelector('.shell[lang="en"] .progress-line')?.textContent === `0 of ${t} cases completed`, total);
  assert.equal(await page.locator('#boot').count(), 1, 'the home page module did it, not the app');
  assert.deepEqual(errors, []);
  await context.close();
});
