// Foundation journeys over the release build: play a multi-step case in French, switch to Arabic
// mid-case, reload and keep the result, open a deep link, and reach the not-found page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launch, watchErrors } from '../lib/browser.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const CASE = 'debt-after-the-crossing';
let server;
let browser;

before(async () => {
  server = await startServer({ root: dist });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(locale = 'en-GB') {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

async function chooseLocale(page, code) {
  await page.click(`.language-switch button[data-locale="${code}"]:visible`);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

async function answer(page, optionIndexes) {
  for (const i of optionIndexes) {
    await page.locator('.options__list li').nth(i).locator('label').click();
  }
  await page.click('form.question button[type="submit"]');
  await page.waitForSelector('[data-testid="feedback"][data-drawn="whole"]');
}

test('a multi-step case plays to the end in French and keeps its result after a reload', async () => {
  const { context, page, errors } = await freshPage();
  await page.goto(server.url);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await chooseLocale(page, 'fr');
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="case-player"]');
  assert.equal(await page.locator('[data-testid="content-warning"]').count(), 0, 'no warning on a case that does not call for one');
  assert.match(await page.textContent('.case__step'), /Étape 1 sur 3/);

  // Step 1: classify, smuggling is the second verdict option.
  await answer(page, [1]);
  assert.equal(await page.getAttribute('.outcome', 'data-outcome'), 'correct');
  assert.match(await page.textContent('[data-testid="feedback"]'), /Protocole contre le trafic illicite de migrants, art\.\s3\sa\)/);
  // Focus moved to the feedback, and the live region announced the result.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'feedback');
  assert.match(await page.textContent('[data-testid="announcer"]'), /Bonne réponse/);
  await page.click('[data-testid="next"]');

  // Step 2: elements; ticking only act and means earns partial credit.
  assert.match(await page.textContent('.case__step'), /Étape 2 sur 3/);
  await answer(page, [0, 1]);
  assert.equal(await page.getAttribute('.outcome', 'data-outcome'), 'partial');
  assert.match(await page.textContent('.legal-breakdown'), /Code pénal, art\.\s448-1/);
  await page.click('[data-testid="next"]');

  // Step 3: action; the first option is right.
  await answer(page, [0]);
  assert.equal(await page.getAttribute('.outcome', 'data-outcome'), 'correct');
  await page.click('[data-testid="next"]');
  const score = await page.textContent('[data-testid="case-score"]');
  assert.match(score, /Votre score\u202F: \d+\u202F%/);

  await page.reload();
  await page.waitForSelector('[data-testid="case-complete"]');
  assert.equal(await page.textContent('[data-testid="case-score"]'), score, 'the result survives a reload');
  await page.goto(`${server.url}#/cases`);
  const card = page.locator(`[data-case-id="${CASE}"] .status`);
  assert.match(await card.textContent(), /Terminé/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching to Arabic mid-case mirrors the page and keeps the answer being given', async () => {
  const { context, page, errors } = await freshPage();
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="case-player"]');
  await page.locator('.options__list li').nth(3).locator('label').click();
  await page.locator('.confidence label').first().click();
  await chooseLocale(page, 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector('.case__story')?.textContent || ''));
  assert.ok(await page.locator('.options__list li').nth(3).locator('input').isChecked(), 'the chosen option is kept');
  assert.ok(await page.locator('.confidence input').first().isChecked(), 'the confidence is kept');
  // The layout mirrors: the first option's letter sits on the right.
  const box = await page.locator('.options__list li').first().locator('.option__letter').boundingBox();
  const row = await page.locator('.options__list li').first().boundingBox();
  assert.ok(box.x > row.x + row.width / 2, 'option letters are on the right in Arabic');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link opens the case directly, in the browser language', async () => {
  const { context, page, errors } = await freshPage('fr-MA');
  await page.goto(`${server.url}#/case/${CASE}`);
  await page.waitForSelector('[data-testid="case-player"]');
  assert.equal(await page.textContent('h1'), 'La dette qui grossit');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown route shows the not-found page in the current language', async () => {
  const { context, page, errors } = await freshPage('ar');
  await page.goto(`${server.url}#/no/such/page`);
  await page.waitForSelector('[data-testid="not-found"]');
  assert.equal(await page.textContent('[data-testid="not-found"] h1'), 'الصفحة غير موجودة');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.goto(`${server.url}#/case/no-such-case`);
  await page.waitForSelector('[data-testid="case-not-found"]');
  assert.deepEqual(errors, []);
  await context.close();
});
