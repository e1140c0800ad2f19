// Usable by everyone and safe: axe-core on every page and state in English and Arabic, reflow at
// 320 px, touch targets, Arabic screenshots without clipping, the quick exit, discreet mode, and
// the security headers the README documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from '../lib/server.mjs';
import { launch, watchErrors } from '../lib/browser.mjs';
import { dist, freshPage, acceptWarningIfAny, answer, playToEnd, content } from '../lib/app.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = path.resolve(dist, '../e2e/artifacts');
const CASE = 'debt-after-the-crossing';
// A case that still carries a content warning (most do not: only the truly distressing ones).
const WARNED_CASE = 'child-smuggled-then-begging';
const TERM = content('en', 'glossary.json')[0].id;

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); fs.mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every page and state to check, reached from a fresh load. */
const STATES = [
  ['home', async (p, u) => { await p.goto(u); await p.waitForSelector('.page--home .progress-line:not(.loading)'); }],
  ['library', async (p, u) => { await p.goto(`${u}#/cases`); await p.waitForSelector('.case-card'); }],
  ['content warning', async (p, u) => { await p.goto(`${u}#/case/${WARNED_CASE}`); await p.waitForSelector('[data-testid="content-warning"]'); }],
  ['case before an answer', async (p, u) => { await p.goto(`${u}#/case/${CASE}`); await acceptWarningIfAny(p); }],
  ['case after an answer (feedback)', async (p, u) => { await p.goto(`${u}#/case/${CASE}`); await acceptWarningIfAny(p); await answer(p, [0]); }],
  ['reference card', async (p, u) => { await p.goto(`${u}#/cards/comparison`); await p.waitForSelector('.reference-card'); }],
  ['glossary', async (p, u) => { await p.goto(`${u}#/glossary`); await p.waitForSelector('.term'); }],
  ['progress', async (p, u) => { await p.goto(`${u}#/progress`); await p.waitForSelector('[data-testid="tracks"]'); }],
  ['settings', async (p, u) => { await p.goto(`${u}#/settings`); await p.waitForSelector('.page--settings'); }],
  ['explorer', async (p, u) => { await p.goto(`${u}#/explore/${CASE}/1`); await p.waitForSelector('[data-frame="morocco"]'); }],
  ['not found', async (p, u) => { await p.goto(`${u}#/nowhere`); await p.waitForSelector('[data-testid="not-found"]'); }],
  // Every other route of the learner app.
  ['start', async (p, u) => { await p.goto(`${u}#/start/justice`); await p.waitForSelector('[data-testid="case-player"], [data-testid="content-warning"]'); }],
  ['result of a case', async (p, u) => { await p.goto(`${u}#/case/${CASE}`); await playToEnd(p); }],
  ['explorer (no case)', async (p, u) => { await p.goto(`${u}#/explore`); await p.waitForSelector('[data-testid="explorer"]'); }],
  ['reference cards', async (p, u) => { await p.goto(`${u}#/cards`); await p.waitForSelector('.page--cards'); }],
  ['glossary term', async (p, u) => { await p.goto(`${u}#/glossary/${TERM}`); await p.waitForSelector('.term'); }],
  ['certificate', async (p, u) => { await p.goto(`${u}#/certificate/justice`); await p.waitForSelector('[data-testid="certificate-not-earned"], .page--certificate'); }],
];

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  });
}

for (const locale of ['en-GB', 'fr-FR', 'ar-MA']) {
  test(`no axe-core violation on any page or state (${locale})`, async () => {
    // Injecting axe needs an inline script, which the app's CSP rightly forbids: bypass it here only.
    const context = await browser.newContext({ locale, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const found = [];
    for (const [name, reach] of STATES) {
      await reach(page, server.url);
      for (const v of await axe(page)) found.push(`${name}: ${v}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const locale of ['en-GB', 'fr-FR', 'ar-MA']) {
  test(`no axe-core violation in trainer mode: deck list, presenter, audience, one screen, handout, shared deck, answer cards (${locale})`, async () => {
    const context = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 1280, height: 720 } });
    const decks = JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'd1', name: 'Oujda', cases: [CASE, 'uncle-drives-nephew'] }] });
    await context.addInitScript((v) => { if (!localStorage.getItem('tipsom.decks')) localStorage.setItem('tipsom.decks', v); }, decks);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const found = [];
    const check = async (name, p) => { for (const v of await axe(p)) found.push(`${name}: ${v}`); };
    await page.goto(`${server.url}trainer.html#/trainer`);
    await page.waitForSelector('[data-testid="trainer"], .page');
    await check('deck list', page);
    await page.goto(`${server.url}trainer.html#/present/d1`);
    await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
    await check('presenter', page);
    const audience = await context.newPage();
    // The audience window of this presenter's room (its key is in the address the presenter opens).
    await audience.goto(await page.getAttribute('[data-testid="open-audience"]', 'data-href'));
    await audience.waitForSelector('[data-testid="stage-options"]');
    await check('audience', audience);
    await page.keyboard.press('r');
    await audience.waitForSelector('[data-testid="stage-answer"]');
    await check('audience after the reveal', audience);
    await check('presenter after the reveal', page);
    await page.keyboard.press('2');
    await page.goto(`${server.url}trainer.html#/trainer`);
    await page.click('[data-testid="deck"] [data-testid="sessions"]');
    await page.click('[data-testid="past-session-open"]');
    await page.waitForSelector('[data-testid="past-summary"] [data-testid="summary-row"]');
    await check('past sessions', page);
    for (const dock of ['bottom', 'side']) {
      await page.goto(`${server.url}trainer.html#/one-screen/d1`);
      await page.waitForSelector('[data-testid="one-screen-panel"]');
      if (dock === 'side') {
        await page.click('[data-testid="panel-more"]');
        await check('one screen, its More opened', page);
        await page.click('[data-testid="panel-dock"]');
      }
      await page.waitForSelector(`[data-testid="one-screen"][data-dock="${dock}"]`);
      await check(`one screen, panel at the ${dock}`, page);
    }
    for (const version of ['participants', 'cases', 'key']) {
      await page.goto(`${server.url}trainer.html#/trainer/deck/d1/handout`);
      await page.check(`[data-testid="handout-${version}"]`);
      await page.waitForSelector('[data-testid="handout-sheet"] h1');
      await check(`handout (${version})`, page);
    }
    const code = ['1', Buffer.from('Oujda').toString('base64url'), CASE, 'uncle-drives-nephew'].join('.');
    await page.goto(`${server.url}#/deck/${code}`);
    await page.waitForSelector('[data-testid="deck-start"]');
    await check('shared deck', page);
    await page.goto(`${server.url}#/deck/${code}/case/uncle-drives-nephew`);
    await page.waitForSelector('[data-testid="deck-bar"]');
    await check('case in a deck', page);
    await page.goto(`${server.url}trainer.html#/vote`);
    await page.waitForSelector('.page');
    await check('answer cards', page);
    // The trainer's other pages: a deck's editor, the library with its content packs, a learner page.
    await page.goto(`${server.url}trainer.html#/trainer/deck/d1`);
    await page.waitForSelector('[data-testid="deck-editor"]');
    await check('deck editor', page);
    await page.goto(`${server.url}trainer.html#/cases`);
    await page.waitForSelector('.case-card');
    await check('library with content packs', page);
    await page.goto(`${server.url}trainer.html#/case/${CASE}`);
    await acceptWarningIfAny(page);
    await check('case in the trainer app', page);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('at 320 CSS px every page reflows without horizontal scrolling, and targets are 44 px', async () => {
  for (const locale of ['en-GB', 'ar-MA']) {
    const { context, page, errors } = await freshPage(browser, { locale, viewport: { width: 320, height: 640 } });
    for (const [name, reach] of STATES) {
      await reach(page, server.url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} (${locale}) scrolls sideways by ${overflow}px`);
      const small = await page.evaluate(() => [...document.querySelectorAll('button, a.button, select, input:not([type=checkbox]):not([type=radio]), nav a, summary, .option label, .switch label, .chip')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([, r]) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
        .map(([el, r]) => `${el.tagName}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)} "${el.textContent.trim().slice(0, 20)}"`));
      assert.deepEqual(small, [], `${name} (${locale}): touch targets under 44 px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Arabic screenshots at 360x740 and 1280x720 show the page mirrored with no clipped text', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 720 }]) {
    const { context, page, errors } = await freshPage(browser, { locale: 'ar-MA', viewport });
    for (const [name, reach] of STATES.filter(([n]) => ['home', 'library', 'case after an answer (feedback)', 'reference card', 'progress', 'explorer'].includes(n))) {
      await reach(page, server.url);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await page.screenshot({ path: path.join(ARTIFACTS, `ar-${viewport.width}x${viewport.height}-${name.replace(/\W+/g, '-')}.png`), fullPage: true });
      // Text that does not fit its box is clipped: no element may be wider inside than outside.
      const clipped = await page.evaluate(() => [...document.querySelectorAll('main *, header *')]
        .filter((el) => el.offsetParent !== null && getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => !el.matches('.table-scroll, .visually-hidden'))
        .map((el) => `${el.tagName}.${el.className}`));
      assert.deepEqual(clipped, [], `${name}: clipped text`);
      // The header mirrors: the brand sits at the right edge in Arabic.
      const brand = await page.locator('.brand:visible').boundingBox();
      assert.ok(brand.x + brand.width > viewport.width / 2, `${name}: the brand is on the right`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the quick exit blanks the page within a frame and Back does not return to the app', async () => {
  // The neutral page is held back for a moment (no service worker here, so the network serves it),
  // so the frame after the click can be looked at before the navigation replaces the page.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/mint-tea.html', async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
  await page.goto('about:blank');
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="quick-exit"]');
  const hiddenNextFrame = await page.evaluate(() => new Promise((resolve) => {
    document.querySelector('[data-testid="quick-exit"]').click();
    requestAnimationFrame(() => resolve(getComputedStyle(document.documentElement).display === 'none'));
  }));
  assert.ok(hiddenNextFrame, 'the page is hidden in the next frame');
  await page.waitForURL(/mint-tea\.html$/);
  await page.unroute('**/mint-tea.html');
  assert.match(await page.textContent('h1'), /Mint tea/);
  await page.goBack();
  assert.equal(page.url(), 'about:blank', 'Back skips the app page');
  // Escape pressed twice does the same (offline, see offline.test.mjs).
  await page.goto(`${server.url}#/`);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(/mint-tea\.html$/);
  await context.close();
});

test('discreet mode gives the tab a neutral title', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/settings`);
  await page.waitForSelector('#pref-discreet');
  assert.match(await page.title(), /Trafficking/);
  await page.check('#pref-discreet');
  await page.waitForFunction(() => document.title === 'Notes');
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.reload();
  // Discreet mode opens a case folded (e2e/journeys/safety.test.mjs says the rest).
  await page.waitForSelector('[data-testid="case-folded"]');
  assert.equal(await page.title(), 'Notes', 'kept after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the headers served are the ones the README gives, and no request leaves the origin', async () => {
  const readme = fs.readFileSync(path.resolve(dist, '../README.md'), 'utf8');
  const { context, page, errors } = await freshPage(browser);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url() === server.url), page.goto(server.url)]);
  const headers = response.headers();
  for (const name of ['content-security-policy', 'referrer-policy', 'x-content-type-options']) {
    assert.ok(headers[name], `${name} is served`);
    assert.ok(readme.includes(`${headers[name]}`), `the README gives ${name}: ${headers[name]}`);
  }
  assert.doesNotMatch(headers['content-security-policy'], /'unsafe-inline'|'unsafe-eval'/);
  assert.match(headers['content-security-policy'], /'wasm-unsafe-eval'/);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  // The server saw only its own files.
  assert.ok(server.requests.every((r) => r.status === 200 || r.url.includes('favicon')), JSON.stringify(server.requests.filter((r) => r.status !== 200)));
  assert.equal(await page.evaluate(() => document.cookie), '', 'no cookies');
  assert.deepEqual(errors, [], 'no CSP violation and no request to another origin');
  await context.close();
});
