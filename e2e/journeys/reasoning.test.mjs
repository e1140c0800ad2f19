// Reasoning like a lawyer: the what-if explorer opened from feedback, and indicator spotting done
// with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, content, freshPage, chooseLocale, acceptWarningIfAny, answer, tabTo } from '../lib/app.mjs';

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A trafficking case of an adult: Naima, recruited lawfully for the Gulf, then coerced.
const CASE = 'gulf-domestic-worker';

for (const [locale, citation, neither, missing] of [
  // Typeset as French and Arabic want (no-break spaces), and agreeing: الوسيلة is feminine.
  ['fr', 'Protocole relatif à la traite des personnes, art.\u00A03\u00A0a)', 'Ni l\'un ni l\'autre', 'Moyen\u202F: absent'],
  ['ar', 'بروتوكول الاتجار بالأشخاص، المادة\u00A03\u00A0(أ)', 'لا هذا ولا ذاك', 'الوسيلة: غير متوفرة'],
]) {
  test(`explorer from feedback: switching the means off changes the verdict, with the article (${locale})`, async () => {
    const { context, page, errors } = await freshPage(browser);
    await page.goto(server.url);
    await chooseLocale(page, locale);
    await page.goto(`${server.url}#/case/${CASE}`);
    await acceptWarningIfAny(page);
    await answer(page, [0]);
    await page.click('a[href*="#/explore/"]');
    await page.waitForSelector('[data-testid="explorer"]');
    const intl = page.locator('[data-frame="international"]');
    assert.doesNotMatch(await intl.locator('.frame__verdict').textContent(), new RegExp(neither));
    const means = await page.$$eval('input[data-fact^="means:"]:checked', (boxes) => boxes.map((b) => b.dataset.fact));
    assert.ok(means.length > 0, 'the case has means');
    for (const fact of means) await page.uncheck(`input[data-fact="${fact}"]`);
    await page.waitForFunction((n) => document.querySelector('[data-frame="international"] .frame__verdict').textContent.includes(n), neither);
    const text = await intl.textContent();
    assert.ok(text.includes(missing), `the means is now missing: ${text}`);
    assert.ok(text.includes(citation), 'with the article cited');
    assert.ok(await page.locator('[data-frame="morocco"] .frame__verdict').textContent().then((t) => t.includes(neither)), 'both frames are recomputed at once');
    // Putting one means back restores the verdict.
    await page.check('input[data-fact="means:threat"]');
    await page.waitForFunction((n) => !document.querySelector('[data-frame="international"] .frame__verdict').textContent.includes(n), neither);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the explorer works on a blank situation', async () => {
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/explore`);
  await page.waitForSelector('[data-testid="explorer"]');
  assert.match(await page.textContent('[data-frame="international"] .frame__verdict'), /Neither/);
  await page.check('input[data-fact="illegal-entry:completed"]');
  await page.check('input[data-fact="moroccan-exit:completed"]');
  // Free help: not smuggling under the Protocol, an offence under Law 02-03.
  await page.waitForSelector('[data-testid="frames-differ"]');
  assert.match(await page.textContent('[data-frame="international"] .frame__verdict'), /Neither/);
  assert.match(await page.textContent('[data-frame="morocco"] .frame__verdict'), /Smuggling/);
  await page.check('input[data-fact="benefit"]');
  await page.waitForFunction(() => /Smuggling/.test(document.querySelector('[data-frame="international"] .frame__verdict').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an indicator-spotting case can be completed with the keyboard alone', async () => {
  const id = 'petite-bonne-azilal';
  const en = content('en', `cases/${id}.json`);
  const { context, page, errors } = await freshPage(browser);
  await page.goto(`${server.url}#/case/${id}`);
  await page.waitForSelector('[data-testid="content-warning"]');
  await tabTo(page, '[data-testid="content-warning"] .button--primary');
  await page.keyboard.press('Enter');
  for (let step = 0; step < en.steps.length; step++) {
    await page.waitForSelector(`[data-testid="case-player"][data-step="${step}"]`);
    const q = en.steps[step].question;
    if (q.kind === 'indicators') {
      // Mark each indicator sentence: Tab to its toggle and press Space.
      const marked = q.sentences.map((s, i) => [s, i]).filter(([s]) => s.indicator).map(([, i]) => i);
      for (const i of marked) {
        await tabTo(page, `.sentences li:nth-child(${i + 1}) button`);
        await page.keyboard.press('Space');
      }
      assert.equal(await page.locator('.sentences button[aria-pressed="true"]').count(), marked.length);
    } else {
      await tabTo(page, '.options__list input');
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'form.question button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="feedback"][data-drawn="whole"]');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'feedback', 'focus moves to the feedback');
    if (q.kind === 'indicators') {
      assert.equal(await page.getAttribute('.outcome', 'data-outcome'), 'correct');
      const fb = await page.textContent('[data-testid="indicator-feedback"]');
      assert.match(fb, /Found: .*\(indicator concerning children\)/);
      assert.match(await page.textContent('[data-testid="feedback"]'), /never proof/);
    }
    await tabTo(page, '[data-testid="next"]');
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-testid="case-complete"]');
  assert.deepEqual(errors, []);
  await context.close();
});
