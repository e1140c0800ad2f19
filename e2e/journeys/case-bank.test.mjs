// The case bank in the browser: filter the library by track and verdict, open a case from it and a
// reference card from its feedback, in Arabic; the glossary links from a case; search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, content, freshPage, chooseLocale, acceptWarningIfAny, answer } from '../lib/app.mjs';

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('in Arabic: filter by track (and, in the trainer app only, verdict), open a case, open a reference card from its feedback', async () => {
  const { context, page, errors } = await freshPage(browser, { locale: 'ar-MA' });
  // The learner app has no verdict filter: it would give the answers away.
  await page.goto(`${server.url}#/cases`);
  await page.waitForSelector('.case-card');
  assert.equal(await page.locator('#filter-verdict').count(), 0, 'no verdict filter for learners');
  await page.goto(`${server.url}trainer.html#/cases`);
  await page.waitForSelector('.case-card');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const index = content('ar', 'index.json');
  const expected = index.cases.filter((c) => c.tracks.includes('justice') && c.verdict === 'smuggling');
  assert.ok(expected.length > 0, 'the bank has justice cases of smuggling');
  await page.click('.filters-disclosure summary');
  await page.selectOption('#filter-track', 'Justice');
  await page.selectOption('#filter-verdict', 'Smuggling');
  await page.waitForFunction((n) => document.querySelectorAll('.case-card').length === n, expected.length);
  const shown = await page.$$eval('.case-card', (cards) => cards.map((c) => c.dataset.caseId));
  assert.deepEqual(shown.sort(), expected.map((c) => c.id).sort());

  await page.click(`.case-card[data-case-id="${expected[0].id}"] h2 a`);
  await acceptWarningIfAny(page);
  assert.equal(await page.textContent('h1'), expected[0].title);
  await answer(page, [0]);
  await page.click('.reference-links a[href$="#/cards/comparison"]');
  await page.waitForSelector('[data-card-id="comparison"]');
  const cards = content('ar', 'cards.json');
  assert.equal(await page.textContent('.reference-card h1'), cards.find((c) => c.id === 'comparison').title);
  assert.ok(await page.locator('[data-testid="comparison"] .comparison-row').count() >= 5, 'one block per criterion');
  assert.deepEqual(errors, []);
  await context.close();
});

test('search finds a case by a word of its story, and glossary links from a case resolve', async () => {
  const { context, page, errors } = await freshPage(browser, { locale: 'fr-FR' });
  await page.goto(`${server.url}#/cases`);
  await page.waitForSelector('.case-card');
  await page.fill('#filter-query', 'Mamadou Tanger');
  await page.waitForFunction(() => [...document.querySelectorAll('.case-card')].map((c) => c.dataset.caseId).join() === 'debt-after-the-crossing');
  await page.fill('#filter-query', '');
  await page.goto(`${server.url}#/case/debt-after-the-crossing`);
  await acceptWarningIfAny(page);
  await page.click('.case__terms summary');
  const links = await page.$$eval('.case__terms a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 5, 'the case links its glossary terms');
  await page.click('.case__terms a[href$="#/glossary/debt-bondage"]');
  await page.waitForSelector('[data-term-id="debt-bondage"]');
  assert.match(await page.textContent('[data-term-id="debt-bondage"] dt'), /Servitude pour dettes/i);
  assert.deepEqual(errors, []);
  await context.close();
});
