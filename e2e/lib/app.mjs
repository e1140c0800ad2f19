// Helpers shared by the journeys: fresh pages, language, answering, keyboard-only moves, content.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchErrors } from './browser.mjs';

export const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/** The compiled content, read from dist/ as the browser would get it. */
export function content(locale, piece) {
  return JSON.parse(fs.readFileSync(path.join(dist, 'content', locale, piece), 'utf8'));
}

export async function freshPage(browser, { locale = 'en-GB', viewport } = {}) {
  const context = await browser.newContext({ locale, viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

export async function chooseLocale(page, code) {
  await page.click(`.language-switch button[data-locale="${code}"]:visible`);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

export async function acceptWarningIfAny(page) {
  await page.waitForSelector('[data-testid="case-player"], [data-testid="content-warning"], [data-testid="case-complete"]');
  if (await page.locator('[data-testid="content-warning"]').count()) {
    await page.click('[data-testid="content-warning"] .button--primary');
    await page.waitForSelector('[data-testid="case-player"]');
  }
}

/** Picks options (by index) of the current step and checks the answer. */
export async function answer(page, optionIndexes) {
  const sentences = await page.locator('[data-testid="sentences"]').count();
  for (const i of optionIndexes) {
    if (sentences) await page.locator('.sentences li').nth(i).locator('button').click();
    else await page.locator('.options__list li').nth(i).locator('label').click();
  }
  await page.click('form.question button[type="submit"]');
  await page.waitForSelector('[data-testid="feedback"][data-drawn="whole"]');
}

/** Answers every remaining step of the open case with its first option, to the result. */
export async function playToEnd(page) {
  await acceptWarningIfAny(page);
  for (let guard = 0; guard < 10; guard++) {
    if (await page.locator('[data-testid="case-complete"]').count()) return;
    await answer(page, [0]);
    await page.click('[data-testid="next"]');
  }
  throw new Error('the case did not end');
}

/** Presses Tab until the focused element matches `selector` (keyboard only, no clicks). */
export async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Keys of localStorage, read in the page. */
export async function storageKeys(page) {
  return page.evaluate(() => Object.keys(localStorage));
}
