// Trainer mode over the release build: decks built, duplicated, shared (link and QR code) and
// deleted; a shared deck played in the learner app, with no download of the trainer app; a
// presenter and an audience window in one browser context kept in sync through BroadcastChannel;
// keyboard and clicker keys; catch-up after a reload; the projector's view of the bank's longest
// step at 1280x720 and 1920x1080 in English and Arabic, screenshots kept in e2e/artifacts/;
// one-screen mode; answer cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { startServer } from '../lib/server.mjs';
import { launch, watchErrors } from '../lib/browser.mjs';
import { playToEnd } from '../lib/app.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const artifacts = path.resolve(here, '../artifacts');
const decodeQr = jsQR.default ?? jsQR;
let server;
let browser;

before(async () => {
  server = await startServer({ root: dist });
  browser = await launch();
  fs.mkdirSync(artifacts, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A case as the app downloads it, in one language. */
function readCase(lang, id) {
  return JSON.parse(fs.readFileSync(path.join(dist, 'content', lang, 'cases', `${id}.json`), 'utf8'));
}

/** The texts of a step's options, as far as the bank uses them (verdicts and elements are short labels). */
function optionTexts(question) {
  if (question.kind === 'action') return question.options.map((o) => o.text);
  if (question.kind === 'indicators') return question.sentences.map((s) => s.text);
  return (question.options || ['', '', '', '']).map(String);
}

/** The step of the bank with the most text on the projector: story, question and options. */
function longestStep(lang) {
  let best = { id: '', step: 0, length: -1 };
  for (const file of fs.readdirSync(path.join(dist, 'content', lang, 'cases'))) {
    const c = readCase(lang, file.replace(/\.json$/, ''));
    c.steps.forEach((s, step) => {
      const length = s.text.length + s.question.prompt.length + optionTexts(s.question).join('').length;
      if (length > best.length) best = { id: c.id, step, length };
    });
  }
  return best;
}

/** A fresh browser context (its own localStorage) holding the given decks. */
async function contextWith(decks, { locale = 'en-GB', viewport } = {}) {
  const context = await browser.newContext({ locale, viewport });
  if (decks) {
    const value = JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks });
    await context.addInitScript((v) => {
      if (!localStorage.getItem('tipsom.decks')) localStorage.setItem('tipsom.decks', v);
    }, value);
  }
  return context;
}

/** The text of the QR code drawn as SVG at `selector`, rendered to a canvas and decoded. */
async function readQr(page, selector) {
  const pixels = await page.evaluate(async (sel) => {
    const svg = document.querySelector(sel);
    const size = 400;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0, size, size);
    return { size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  }, selector);
  return decodeQr(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
}

/** The deck "Oujda" presented on two screens: the presenter window and a 1920x1080 audience window. */
async function presentOnTwoScreens() {
  const context = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }]);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/present/d1`);
  await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('[data-testid="open-audience"]')]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await audience.waitForSelector('[data-testid="stage-options"]');
  return { context, page, audience, errors };
}

async function stepLabel(page) {
  return page.textContent('.stage__where');
}

/** Waits until the audience's stage shows this text in its header. */
async function audienceAt(audience, text) {
  await audience.waitForFunction((t) => document.querySelector('.stage__where')?.textContent.includes(t), text);
}

async function votes(audience) {
  return audience.$$eval('[data-testid="vote-bar"]', (bars) => bars.map((b) => Number(b.dataset.votes)));
}

/** The step of the bank with the most options (eight), and the longest such step. */
function mostOptions(lang) {
  let best = { id: '', step: 0, count: -1, length: -1 };
  for (const file of fs.readdirSync(path.join(dist, 'content', lang, 'cases'))) {
    const c = readCase(lang, file.replace(/\.json$/, ''));
    c.steps.forEach((s, step) => {
      const count = optionTexts(s.question).length;
      const length = s.text.length + optionTexts(s.question).join('').length;
      if (count > best.count || (count === best.count && length > best.length)) best = { id: c.id, step, count, length };
    });
  }
  return best;
}

/**
 * Every visible piece of text under `root` set smaller than `min` px, as "class: size «text»".
 * Text for screen readers only (clipped to a pixel) is read, not seen, and is left out.
 */
async function smallType(page, root, min = 24) {
  return page.evaluate(({ root, min }) => {
    const out = [];
    for (const el of document.querySelectorAll(`${root}, ${root} *`)) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width < 2 || box.height < 2 || style.visibility === 'hidden') continue;
      const px = parseFloat(style.fontSize);
      if (px < min) out.push(`${el.className || el.tagName}: ${px}px «${el.textContent.trim().slice(0, 40)}»`);
    }
    return out;
  }, { root, min });
}

/** The options of the stage that are not wholly visible: some point of them is covered by another element. */
async function coveredOptions(page) {
  return page.$$eval('.stage-option', (options) => options.flatMap((o, i) => {
    const b = o.getBoundingClientRect();
    const points = [[0.5, 0.5], [0.02, 0.1], [0.98, 0.1], [0.02, 0.9], [0.98, 0.9]];
    const hidden = points.filter(([x, y]) => {
      const px = b.left + b.width * x;
      const py = b.top + b.height * y;
      if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) return true;
      return !o.contains(document.elementFromPoint(px, py));
    });
    return hidden.length ? [`option ${i + 1} at ${JSON.stringify(hidden)}`] : [];
  }));
}

/** Waits two frames, for the stage's type to be fitted after a change. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function noScroll(page) {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    innerHeight,
    width: document.documentElement.scrollWidth,
    innerWidth,
  }));
}

test('a deck is built, ordered, duplicated, shared as a link and a QR code, and deleted', async () => {
  const context = await contextWith(null);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.waitForSelector('[data-testid="no-decks"]');
  await page.click('[data-testid="new-deck"]');
  await page.waitForSelector('[data-testid="deck-editor"]');
  await page.fill('#deck-name', 'Nador, day 1');
  // Only smuggling cases, for the justice track.
  await page.selectOption('#deck-filter-verdict', 'Smuggling');
  await page.selectOption('#deck-filter-track', 'Justice');
  const offered = await page.$$eval('[data-testid="deck-available"] li', (li) => li.map((l) => l.dataset.caseId));
  assert.ok(offered.length >= 2, `at least two smuggling cases for justice: ${offered}`);
  await page.locator('[data-testid="deck-available"] li').nth(0).locator('[data-testid="add-case"]').click();
  await page.locator('[data-testid="deck-available"] li').nth(1).locator('[data-testid="add-case"]').click();
  const order = () => page.$$eval('[data-testid="deck-cases"] li', (li) => li.map((l) => l.dataset.caseId));
  assert.deepEqual(await order(), offered.slice(0, 2));
  await page.locator('[data-testid="deck-cases"] li').first().locator('[data-testid="move-down"]').click();
  assert.deepEqual(await order(), [offered[1], offered[0]], 'the first case moved down');
  await page.click('text=Done');
  await page.waitForSelector('[data-testid="deck"]');
  assert.match(await page.textContent('[data-testid="deck"]'), /Nador, day 1.*2 cases/s);

  // Duplicate: the copy sits after the original.
  await page.click('[data-testid="deck"] [data-testid="duplicate"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="deck"]').length === 2);
  const names = await page.$$eval('[data-testid="deck"] h3', (h) => h.map((x) => x.textContent));
  assert.deepEqual(names, ['Nador, day 1', 'Nador, day 1 (copy)']);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('tipsom.decks')));
  assert.equal(stored.app, 'tipsom');
  assert.equal(stored.kind, 'decks');
  assert.equal(stored.schema, 1);
  assert.deepEqual(stored.decks.map((d) => d.cases), [[offered[1], offered[0]], [offered[1], offered[0]]]);

  // Share: the link holds the deck, and the QR code made on the device reads back as the link.
  await page.locator('[data-testid="deck"]').first().locator('[data-testid="share"]').click();
  const link = await page.inputValue('[data-testid="share-link"]');
  // The learner app's address (the folder, not trainer.html), so phones download the learner app.
  assert.ok(link.startsWith(`${server.url}#/deck/`), link);
  assert.match(link, /#\/deck\/1\.[A-Za-z0-9_-]+\.[a-z0-9-]+\.[a-z0-9-]+$/);
  const qr = await readQr(page, '[data-testid="qr-code"]');
  assert.ok(qr, 'the QR code can be read');
  assert.equal(qr.data, link, 'the QR code holds the link');

  // Delete the copy, after confirming; the original stays, also after a reload.
  await page.locator('[data-testid="deck"]').nth(1).locator('[data-testid="delete"]').click();
  assert.match(await page.textContent('[data-testid="confirm-delete"]'), /Nador, day 1 \(copy\)/);
  await page.click('[data-testid="confirm-delete-yes"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="deck"]').length === 1);
  await page.reload();
  await page.waitForSelector('[data-testid="deck"]');
  assert.deepEqual(await page.$$eval('[data-testid="deck"] h3', (h) => h.map((x) => x.textContent)), ['Nador, day 1']);
  assert.deepEqual(errors, []);

  // Another trainer opens the shared link on another device (a fresh context): the learner app
  // lists the cases to play, and saving the deck is a link to the same deck in the trainer app.
  const phone = await browser.newContext({ locale: 'fr-MA', viewport: { width: 390, height: 800 } });
  const participant = await phone.newPage();
  const perrors = watchErrors(participant);
  await participant.goto(link);
  await participant.waitForSelector('[data-testid="shared-deck"]');
  assert.equal(await participant.textContent('[data-testid="shared-deck"] h1'), 'Nador, day 1');
  const shared = await participant.$$eval('[data-testid="shared-cases"] li', (li) => li.map((l) => l.dataset.caseId));
  assert.deepEqual(shared, [offered[1], offered[0]]);
  const code = link.slice(link.indexOf('#/deck/') + '#/deck/'.length);
  await participant.locator('[data-testid="shared-cases"] li a').first().click();
  await participant.waitForFunction((h) => location.hash === h, `#/deck/${code}/case/${offered[1]}`);
  await participant.goBack();
  assert.equal(await participant.locator('[data-testid="save-deck"]').count(), 0, 'the learner app keeps no decks');
  assert.equal(await participant.getAttribute('[data-testid="save-in-trainer"]', 'href'), `trainer.html#/deck/${code}`);
  assert.match(await participant.textContent('#save-in-trainer-note'), /application du formateur/);
  // The trainer app opens the same deck (as old trainer.html links still do) and saves it.
  await participant.click('[data-testid="save-in-trainer"]');
  await participant.waitForURL(`${server.url}trainer.html#/deck/${code}`);
  await participant.click('[data-testid="save-deck"]');
  await participant.waitForSelector('[data-testid="deck-saved"]');
  await participant.goto(`${server.url}trainer.html#/trainer`);
  await participant.waitForSelector('[data-testid="deck"]');
  assert.match(await participant.textContent('[data-testid="deck"] h3'), /Nador, day 1/);
  await participant.goto(`${server.url}#/deck/2.broken`);
  await participant.waitForSelector('[data-testid="bad-deck-link"]');
  await participant.goto(`${server.url}trainer.html#/deck/2.broken`);
  await participant.waitForSelector('[data-testid="bad-deck-link"]');
  assert.deepEqual(perrors, []);
  await phone.close();
  await context.close();
});

const CASES = ['debt-after-the-crossing', 'apprentice-boy-fez'];
// The second case's length comes from the content, so adding a step to it does not break the journey.
const SECOND_STEPS = readCase('en', CASES[1]).steps.length;

test('a participant opens a shared deck on a phone, plays a case, and never downloads the trainer app', async () => {
  const trainer = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }]);
  const page = await trainer.newPage();
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.click('[data-testid="deck"] [data-testid="share"]');
  const link = await page.inputValue('[data-testid="share-link"]');
  await trainer.close();

  // Every file the server sends from here on is the phone's: its pages and its service worker.
  const from = server.requests.length;
  const phone = await browser.newContext({ locale: 'ar-MA', viewport: { width: 390, height: 800 } });
  const participant = await phone.newPage();
  const errors = watchErrors(participant);
  await participant.goto(link);
  await participant.waitForSelector('[data-testid="shared-deck"]');
  assert.equal(await participant.textContent('[data-testid="shared-deck"] h1'), 'Oujda');
  const shared = await participant.$$eval('[data-testid="shared-cases"] li', (li) => li.map((l) => l.dataset.caseId));
  assert.deepEqual(shared, CASES);
  await participant.locator('[data-testid="shared-cases"] li a').nth(1).click();
  await participant.waitForFunction((id) => location.hash.endsWith(`/case/${id}`), CASES[1]);
  await playToEnd(participant);
  // The service worker has precached what it keeps for offline use: its downloads count too.
  await participant.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const files = server.requests.slice(from).map((r) => new URL(r.url, server.url).pathname);
  assert.ok(files.some((f) => /^\/tipsom-[0-9a-f]+_bg\.wasm$/.test(f)), `the learner app was downloaded: ${files}`);
  assert.deepEqual(files.filter((f) => /tipsom-trainer-/.test(f) || f.endsWith('trainer.html')), [], 'nothing of the trainer app');
  assert.deepEqual(errors, []);
  await phone.close();
});

/** A phone, as a participant holds it: 360x740, touch, in the given language. */
async function phone(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** The code of a shared deck link, as the app writes it (`1.<name in base64url>.<case>...`). */
const deckCode = (name, cases) => ['1', Buffer.from(name).toString('base64url'), ...cases].join('.');

test('a participant plays a shared deck on a phone: Next leads through the deck, Back returns to it, which marks each case', async () => {
  for (const [locale, words] of [
    ['fr-MA', { start: 'Commencer', resume: 'Reprendre', done: /Terminé\u202F: (\d+)\u202F%/, where: 'Cas 2 sur 2', end: 'Fin de la série' }],
    ['ar-MA', { start: 'ابدأ', resume: 'تابِع', done: /أُنجزت: (\d+)%/, where: 'الحالة 2 من 2', end: 'نهاية السلسلة' }],
  ]) {
    const lang = locale.slice(0, 2);
    const code = deckCode('Oujda, jour 1', CASES);
    const { context, page, errors } = await phone(locale);
    await page.goto(`${server.url}#/deck/${code}`);
    await page.waitForSelector('[data-testid="shared-deck"]');
    const statuses = () => page.$$eval('[data-testid="shared-cases"] li', (li) => li.map((l) => l.dataset.status));
    assert.deepEqual(await statuses(), ['not-started', 'not-started']);
    // "Start" is the page's main button; saving the deck for presenting is a plain link below.
    assert.equal((await page.textContent('[data-testid="deck-start"]')).trim(), words.start);
    assert.match(await page.getAttribute('[data-testid="deck-start"]', 'class'), /button--primary/);
    assert.doesNotMatch(await page.getAttribute('[data-testid="save-in-trainer"]', 'class') ?? '', /button/);
    const start = await page.$eval('[data-testid="deck-start"]', (a) => a.getBoundingClientRect().bottom);
    assert.ok(start <= 740, `"Start" is on the first screen (${start})`);
    await page.screenshot({ path: path.join(artifacts, `shared-deck-${lang}-360-start.png`) });

    // Case 1, from "Start": in the deck, and played to its result.
    await page.tap('[data-testid="deck-start"]');
    await page.waitForFunction((h) => location.hash === h, `#/deck/${code}/case/${CASES[0]}`);
    await page.waitForSelector('[data-testid="deck-bar"]');
    await playToEnd(page);
    const score = (await page.textContent('[data-testid="case-score"]')).match(/(\d+)/)[1];
    assert.equal(await page.$('[data-testid="deck-end"]'), null, 'the first case is not the end of the deck');
    await page.screenshot({ path: path.join(artifacts, `shared-deck-${lang}-360-result.png`), fullPage: true });

    // Next: the deck's second case, not the bank's next.
    await page.tap('[data-testid="next-case"]');
    await page.waitForFunction((h) => location.hash === h, `#/deck/${code}/case/${CASES[1]}`);
    await page.waitForSelector('[data-testid="deck-bar"]');
    assert.match(await page.textContent('[data-testid="deck-bar"]'), new RegExp(words.where));
    await page.screenshot({ path: path.join(artifacts, `shared-deck-${lang}-360-case2.png`) });

    // Back: the deck, with case 1 done with its score, and "Resume" leading to case 2.
    await page.tap('[data-testid="deck-bar-back"]');
    await page.waitForSelector('[data-testid="deck-resume"]');
    assert.equal(location(page), `#/deck/${code}`);
    assert.deepEqual(await statuses(), ['done', 'not-started']);
    const first = await page.textContent('[data-testid="shared-cases"] li:first-child [data-testid="deck-case-status"]');
    assert.equal(first.match(words.done)?.[1], score, `case 1 shows its score: ${first}`);
    assert.equal((await page.textContent('[data-testid="deck-resume"]')).trim(), words.resume);
    assert.equal(await page.getAttribute('[data-testid="deck-resume"]', 'href'), `#/deck/${code}/case/${CASES[1]}`);
    assert.match(await page.textContent('[data-testid="deck-done-count"]'), /1\D+2/);
    await page.screenshot({ path: path.join(artifacts, `shared-deck-${lang}-360-resume.png`) });

    // The deck's last case says the deck is done and leads back to it.
    await page.tap('[data-testid="deck-resume"]');
    await playToEnd(page);
    await page.waitForSelector('[data-testid="deck-end"]');
    assert.match(await page.textContent('[data-testid="deck-end"] h2'), new RegExp(words.end));
    assert.equal(await page.$('[data-testid="next-case"]'), null, 'no next case after the deck');
    await page.screenshot({ path: path.join(artifacts, `shared-deck-${lang}-360-end.png`), fullPage: true });
    await page.tap('[data-testid="deck-end-back"]');
    await page.waitForSelector('[data-testid="deck-finished"]');
    assert.deepEqual(await statuses(), ['done', 'done']);

    // Progress made in the deck is ordinary progress: the library marks the case done, and the
    // old address of a case still plays it on its own, leading to the bank's next case.
    await page.goto(`${server.url}#/case/${CASES[0]}`);
    await page.waitForSelector('[data-testid="case-complete"]');
    assert.equal(await page.$('[data-testid="deck-bar"]'), null);
    assert.doesNotMatch(await page.getAttribute('[data-testid="next-case"]', 'href'), /deck/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The hash of a page's address. */
function location(page) {
  return new URL(page.url()).hash;
}

test('the audience window follows the presenter, sees the answer only once revealed, and catches up after a reload', async () => {
  const context = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }], { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/present/d1`);
  await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('[data-testid="open-audience"]')]);
  const aerrors = watchErrors(audience);
  await audience.waitForSelector('[data-testid="stage-options"]');
  const first = readCase('en', CASES[0]);
  assert.match(await audience.textContent('.stage__story'), new RegExp(first.steps[0].text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.match(await stepLabel(audience), /Case 1 of 2 · Step 1 of 3/);

  // Before the reveal, nothing of the answer and none of the trainer's notes are in the audience's DOM.
  const hidden = async () => {
    const html = await audience.evaluate(() => document.documentElement.outerHTML);
    const c = readCase('en', CASES[0]);
    const step = Number((await stepLabel(audience)).match(/Step (\d)/)[1]) - 1;
    assert.ok(!html.includes('stage-answer') && !html.includes('stage-option--right') && !html.includes('✓'), 'no answer marks');
    assert.ok(!html.includes('The answer'), 'no answer line');
    assert.ok(!html.includes(c.trainer.point), 'no trainer point');
    for (const q of c.trainer.questions) assert.ok(!html.includes(q), 'no discussion question');
    assert.ok(!html.includes(c.steps[step].explanation), 'no explanation');
  };
  await hidden();
  // The presenter sees the answer and the trainer's notes all along.
  assert.match(await page.textContent('[data-testid="presenter-answer"]'), /B Smuggling of migrants/);
  assert.equal(await page.textContent('[data-testid="trainer-point"]'), first.trainer.point);

  // Buttons: next step, reveal, votes.
  await page.click('[data-testid="next-step"]');
  await audienceAt(audience, 'Step 2 of 3');
  await hidden();
  await page.click('[data-testid="reveal"]');
  await audience.waitForSelector('[data-testid="stage-answer"]');
  // Revealed, the room sees the answer, and still none of the notes: the step's explanation, the
  // options' feedback and the case's point stay on the presenter screen.
  {
    const html = await audience.evaluate(() => document.documentElement.outerHTML);
    const step = first.steps[1];
    assert.ok(!html.includes(step.explanation), 'no explanation on the projector');
    assert.ok(!html.includes(first.trainer.point), 'no trainer point on the projector');
    for (const o of step.question.options ?? []) if (o.feedback) assert.ok(!html.includes(o.feedback), 'no option feedback');
    assert.ok((await page.textContent('[data-testid="presenter"]')).includes(step.explanation), 'the presenter has the explanation');
  }
  const correct = await audience.$$eval('.stage-option--right .stage-option__letter', (l) => l.map((x) => x.textContent));
  assert.ok(correct.length >= 1, 'the right options are marked');
  assert.match(await audience.textContent('[data-testid="stage-answer"]'), new RegExp(`The answer: ${correct.join('.*')}`));
  assert.equal(await audience.$('[data-testid="vote-bar"]'), null, 'no chart without votes');
  await page.click('[data-testid="vote-add-0"]');
  await page.click('[data-testid="vote-add-0"]');
  await page.click('[data-testid="vote-add-2"]');
  await audience.waitForFunction(() => document.querySelector('[data-testid="vote-total"]')?.textContent.includes('3 votes'));
  assert.deepEqual((await votes(audience)).slice(0, 3), [2, 0, 1]);
  await page.click('[data-testid="vote-remove-0"]');
  await audience.waitForFunction(() => document.querySelector('[data-testid="vote-total"]')?.textContent.includes('2 votes'));
  assert.equal(await page.isDisabled('[data-testid="vote-remove-1"]'), true, 'a count at zero cannot go lower');

  // Keyboard, as a clicker sends it: the step changes and the new step starts hidden, without votes.
  await page.keyboard.press('ArrowRight');
  await audienceAt(audience, 'Step 3 of 3');
  await hidden();
  await page.keyboard.press('r');
  await audience.waitForSelector('[data-testid="stage-answer"]');
  await page.keyboard.press('Digit2');
  await page.keyboard.press('Digit2');
  await page.keyboard.press('Digit4');
  await audience.waitForFunction(() => document.querySelector('[data-testid="vote-total"]')?.textContent.includes('3 votes'));
  await page.keyboard.press('Shift+Digit2');
  await audience.waitForFunction(() => document.querySelector('[data-testid="vote-total"]')?.textContent.includes('2 votes'));
  assert.deepEqual(await votes(audience), [0, 1, 0, 1]);
  await page.keyboard.press('b');
  await audience.waitForSelector('[data-testid="stage-blank"]');
  assert.equal(await audience.evaluate(() => document.body.innerText.trim()), '', 'a black screen shows nothing');
  assert.match(await page.textContent('[data-testid="room-status"]'), /black/);
  await page.keyboard.press('b');
  await audience.waitForSelector('[data-testid="stage-options"]');
  await page.keyboard.press('l');
  await audience.waitForSelector('.stage .legal-breakdown');
  await page.keyboard.press('l');
  await page.keyboard.press('PageDown');
  await audienceAt(audience, `Case 2 of 2 · Step 1 of ${SECOND_STEPS}`);
  await page.keyboard.press('PageUp');
  await audienceAt(audience, 'Case 1 of 2 · Step 3 of 3');
  await page.keyboard.press('n');
  await audienceAt(audience, `Case 2 of 2 · Step 1 of ${SECOND_STEPS}`);
  // Space on a focused button moves the show and does not press the button.
  await page.focus('[data-testid="reveal"]');
  await page.keyboard.press('Space');
  await audienceAt(audience, `Case 2 of 2 · Step 2 of ${SECOND_STEPS}`);
  assert.equal(await audience.getAttribute('[data-testid="stage"]', 'data-revealed'), 'false');
  await page.keyboard.press('ArrowLeft');
  await audienceAt(audience, `Case 2 of 2 · Step 1 of ${SECOND_STEPS}`);
  // Jumping to a case from the menu gives the keys back to the show.
  await page.selectOption('#presenter-goto', '0');
  await audienceAt(audience, 'Case 1 of 2 · Step 1 of 3');
  await page.keyboard.press('n');
  await audienceAt(audience, `Case 2 of 2 · Step 1 of ${SECOND_STEPS}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('r');
  await page.keyboard.press('1');
  await audience.waitForSelector('[data-testid="vote-bar"]');

  // A reloaded audience window asks for the show and gets it whole.
  await audience.reload();
  await audience.waitForSelector('[data-testid="stage-answer"]');
  assert.match(await stepLabel(audience), new RegExp(`Case 2 of 2 · Step 2 of ${SECOND_STEPS}`));
  assert.deepEqual((await votes(audience))[0], 1);
  // A second audience window opened by hand later (at the address the presenter shows) catches up too.
  const late = await context.newPage();
  await late.goto(await page.getAttribute('[data-testid="open-audience"]', 'data-href'));
  await late.waitForSelector('[data-testid="stage-answer"]');
  assert.match(await stepLabel(late), new RegExp(`Case 2 of 2 · Step 2 of ${SECOND_STEPS}`));

  // Keys pressed in the audience window (the clicker's focus is on the projector) drive the presenter.
  await audience.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.step === '2');
  await audienceAt(late, `Step 3 of ${SECOND_STEPS}`);

  // The timer is off until started, then both windows show it.
  assert.equal(await audience.$('[data-testid="timer"]'), null);
  await page.keyboard.press('t');
  await audience.waitForSelector('[data-testid="timer"]');
  await page.click('[data-testid="timer-reset"]');
  await audience.waitForSelector('[data-testid="timer"]', { state: 'detached' });

  // Leaving the show clears the projector.
  await page.click('text=Leave the show');
  await audience.waitForSelector('[data-testid="audience-waiting"]');
  assert.deepEqual(errors, []);
  assert.deepEqual(aerrors, []);
  await context.close();
});

test('the projector waiting for its show writes nothing under 24 px at 1080p', async () => {
  const context = await contextWith(null, { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${server.url}trainer.html#/audience/0123456789abcdef`);
  await page.waitForSelector('[data-testid="audience-waiting"]');
  assert.deepEqual(await smallType(page, '.stage'), []);
  await context.close();
});

test('when a pop-up blocker stops the audience window, the presenter says what to do', async () => {
  const context = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }]);
  await context.addInitScript(() => { window.open = () => null; });
  const page = await context.newPage();
  await page.goto(`${server.url}trainer.html#/present/d1`);
  await page.click('[data-testid="open-audience"]');
  await page.waitForSelector('[data-testid="popup-blocked"]');
  assert.match(await page.textContent('[data-testid="popup-blocked"]'), /Allow pop-ups/);
  assert.match(await page.getAttribute('[data-testid="popup-blocked"] a', 'href'), /#\/audience\/[0-9a-f]{16}$/, 'the address of this room');
  await context.close();
});

test('a reloaded presenter window picks the show up where the trainer had got to', async () => {
  const context = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }]);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/present/d1`);
  await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.step === '2');
  await page.reload();
  await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
  const at = await page.$eval('[data-testid="presenter"]', (p) => [p.dataset.case, p.dataset.step]);
  assert.deepEqual(at, ['0', '2'], 'the same case and step after the reload');
  // The place is kept in this tab only, and "Forget me" erases it with everything else.
  const kept = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('tipsom')));
  assert.deepEqual((await kept()).sort(), ['tipsom.room', 'tipsom.show.d1'], 'the show and its room key');
  await page.goto(`${server.url}trainer.html#/progress`);
  await page.click('[data-testid="forget"]');
  await page.click('[data-testid="forget-confirm"]');
  await page.waitForSelector('[data-testid="import-message"]');
  assert.deepEqual(await kept(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['en', 'ar']) {
  test(`the longest step of the bank fills a projector without scrolling, in ${lang}`, async () => {
    const longest = longestStep(lang);
    const context = await contextWith([{ id: 'long', name: 'Longest', cases: [longest.id] }], { locale: lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}trainer.html#/present/long`);
    await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
    for (let i = 0; i < longest.step; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((s) => document.querySelector('[data-testid="presenter"]').dataset.step === String(s), longest.step);
    const audience = await context.newPage();
    const aerrors = watchErrors(audience);
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      await audience.setViewportSize({ width, height });
      await audience.goto(await page.getAttribute('[data-testid="open-audience"]', 'data-href'));
      await audience.waitForSelector('[data-testid="stage-options"]');
      assert.equal(await audience.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      const letters = await audience.$$eval('.stage-option__letter', (l) => l.map((x) => x.textContent));
      assert.deepEqual(letters.slice(0, 4), lang === 'ar' ? ['أ', 'ب', 'ج', 'د'] : ['A', 'B', 'C', 'D']);
      for (const state of ['question', 'revealed', 'law']) {
        if (state === 'revealed') {
          await page.keyboard.press('r');
          for (const key of ['1', '1', '2', '3', '3', '3', '4']) await page.keyboard.press(key);
          await audience.waitForSelector('[data-testid="vote-total"]');
        }
        if (state === 'law') {
          await page.keyboard.press('l');
          await audience.waitForSelector('.stage .legal-breakdown');
        }
        // The type is fitted after each change; give it a frame.
        await audience.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const size = await noScroll(audience);
        assert.ok(size.height <= size.innerHeight, `${lang} ${width}x${height} ${state}: no vertical scroll (${JSON.stringify(size)})`);
        assert.ok(size.width <= size.innerWidth, `${lang} ${width}x${height} ${state}: no horizontal scroll`);
        await audience.screenshot({ path: path.join(artifacts, `audience-${lang}-${width}x${height}-${state}.png`) });
        if (height === 1080) assert.deepEqual(await smallType(audience, '.stage'), [], `${lang} ${state}: no type under 24 px at 1080p`);
        if (state === 'question') {
          // Large type: at least about 2.6% of the screen's height, for the longest step of the bank.
          const px = await audience.$eval('.stage__story', (s) => parseFloat(getComputedStyle(s).fontSize));
          assert.ok(px >= height * 0.026, `${lang} ${width}x${height}: story type is ${px}px`);
        }
      }
      // Back to the question for the next size: hide the law and the answer.
      await page.keyboard.press('l');
      await page.keyboard.press('r');
      await page.click('[data-testid="votes-clear"]');
      await audience.waitForSelector('[data-testid="stage-answer"]', { state: 'detached' });
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(aerrors, []);
    await context.close();
  });
}

test('one-screen mode shows the room view with a hideable panel, driven from the keyboard', async () => {
  const context = await contextWith([{ id: 'd1', name: 'Fès', cases: CASES }], { viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/one-screen/d1`);
  await page.waitForSelector('[data-testid="one-screen-panel"]');
  assert.equal(await page.$('.site-header'), null, 'no site header on the projected view');
  await page.keyboard.press('h');
  await page.waitForSelector('[data-testid="one-screen-panel"]', { state: 'detached' });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.stage__where').textContent.includes('Step 2 of 3'));
  await page.keyboard.press('r');
  await page.waitForSelector('[data-testid="stage-answer"]');
  const size = await noScroll(page);
  assert.ok(size.height <= size.innerHeight && size.width <= size.innerWidth, JSON.stringify(size));
  await page.keyboard.press('b');
  await page.waitForSelector('[data-testid="stage-blank"]');
  await page.keyboard.press('b');
  await page.click('[data-testid="panel-show"]');
  await page.click('[data-testid="one-screen-panel"] [data-testid="next-step"]');
  await page.waitForFunction(() => document.querySelector('.stage__where').textContent.includes('Step 3 of 3'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the presenter window has no site header, and the current step is on the first screen of a 1280x800 laptop', async () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const context = await contextWith([{ id: 'd1', name: 'Oujda', cases: CASES }], { locale: lang, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}trainer.html#/present/d1`);
    await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
    assert.equal(await page.$('.site-header'), null, 'no site header');
    // Every step of the deck, one after the other: its story, question and options on the first screen.
    const total = readCase(lang, CASES[0]).steps.length + readCase(lang, CASES[1]).steps.length;
    for (let i = 0; i < total; i += 1) {
      await page.waitForFunction(() => document.querySelector('.presenter__room h3'));
      const box = await page.$eval('.presenter__room', (s) => JSON.parse(JSON.stringify(s.getBoundingClientRect())));
      const where = await page.textContent('[data-testid="presenter-position"]');
      assert.ok(box.top >= 0 && box.bottom <= 800, `${lang} ${where}: the step is at ${Math.round(box.top)}-${Math.round(box.bottom)} px`);
      if (i === 0) await page.screenshot({ path: path.join(artifacts, `presenter-${lang}-1280x800.png`) });
      const before = await page.$eval('[data-testid="presenter"]', (p) => `${p.dataset.case}/${p.dataset.step}`);
      await page.keyboard.press('ArrowRight');
      if (i + 1 < total) await page.waitForFunction((b) => { const p = document.querySelector('[data-testid="presenter"]'); return `${p.dataset.case}/${p.dataset.step}` !== b; }, before);
    }
    // The handout opens in another tab: leaving this page would end the show on the projector.
    assert.equal(await page.getAttribute('[data-testid="presenter-handout"]', 'target'), '_blank');
    assert.match(await page.getAttribute('[data-testid="presenter-handout"]', 'href'), /trainer\.html#\/trainer\/deck\/d1\/handout$/);
    // The language is switched from the presenter's own bar.
    await page.click(`.presenter__bar .language-switch button[data-locale="${lang === 'en' ? 'fr' : 'en'}"]`);
    await page.waitForFunction((l) => document.documentElement.lang !== l, lang);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('one-screen mode never covers an option: its panel docks at the bottom or at the side, at 1280x800 and 1920x1080', async () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const most = mostOptions(lang);
    const longest = longestStep(lang);
    const context = await contextWith([{ id: 'd1', name: 'Fès', cases: [most.id, longest.id] }], { locale: lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    for (const [width, height] of [[1280, 800], [1920, 1080]]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}trainer.html#/one-screen/d1`);
      await page.waitForSelector('[data-testid="one-screen-panel"]');
      for (const [label, target] of [['most options', most], ['longest', longest]]) {
        // To the step: P P to the first step of case 1, or N to case 2, then the arrows.
        for (const key of target === most ? ['p', 'p'] : ['n']) await page.keyboard.press(key);
        for (let s = 0; s < target.step; s += 1) await page.keyboard.press('ArrowRight');
        const n = target === most ? 1 : 2;
        const position = {
          en: `Case ${n} of 2 · Step ${target.step + 1} of`,
          fr: `Cas ${n} sur 2 · Étape ${target.step + 1} sur`,
          ar: `الحالة ${n} من 2 · المرحلة ${target.step + 1} من`,
        }[lang];
        await page.waitForFunction((p) => document.querySelector('.stage__where')?.textContent.includes(p), position);
        await page.waitForSelector('.stage-option');
        for (const dock of ['bottom', 'side']) {
          if ((await page.getAttribute('[data-testid="one-screen"]', 'data-dock')) !== dock) await page.keyboard.press('d');
          await page.waitForSelector(`[data-testid="one-screen"][data-dock="${dock}"]`);
          for (const state of ['question', 'votes']) {
            if (state === 'votes') {
              await page.keyboard.press('r');
              for (const key of ['1', '2', '2', '3', '4']) await page.keyboard.press(key);
              await page.waitForSelector('[data-testid="vote-bar"]');
            }
            await settle(page);
            const where = `${lang} ${width}x${height} ${label} ${dock} ${state}`;
            assert.deepEqual(await coveredOptions(page), [], `${where}: every option is in view and uncovered`);
            const size = await noScroll(page);
            assert.ok(size.height <= size.innerHeight && size.width <= size.innerWidth, `${where}: no scrolling ${JSON.stringify(size)}`);
            if (height === 1080) assert.deepEqual(await smallType(page, '.stage'), [], `${where}: no projected type under 24 px`);
            await page.screenshot({ path: path.join(artifacts, `one-screen-${lang}-${width}x${height}-${label.replace(' ', '-')}-${dock}-${state}.png`) });
          }
          await page.keyboard.press('r');
          await page.click('[data-testid="votes-clear"]');
          await page.waitForSelector('[data-testid="vote-bar"]', { state: 'detached' });
        }
      }
      // Hidden, the panel leaves a small button that covers nothing either.
      await page.keyboard.press('h');
      await page.waitForSelector('[data-testid="panel-show"]');
      await settle(page);
      assert.deepEqual(await coveredOptions(page), [], `${lang} ${width}x${height}: nothing covers an option with the panel hidden`);
      await page.keyboard.press('h');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('answer cards show a big letter in a distinct colour and shape, as many as the question has options, in the language of the phone', async () => {
  for (const [locale, letters] of [['en', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']], ['ar', ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح']]]) {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}trainer.html#/vote`);
    await page.waitForSelector('[data-testid="answer-cards"]');
    assert.equal(await page.locator('[data-testid^="pick-"]').count(), 4, 'four letters at first');
    await page.click('[data-testid="cards-6"]');
    assert.equal(await page.locator('[data-testid^="pick-"]').count(), 6, 'six on a six-option step');
    await page.click('[data-testid="cards-8"]');
    const cards = [];
    for (let i = 0; i < 8; i += 1) {
      await page.click(`[data-testid="pick-${i}"]`);
      await page.waitForSelector('[data-testid="answer-card"]');
      cards.push(await page.$eval('[data-testid="answer-card"]', (c) => ({
        letter: c.querySelector('.answer-card__letter').textContent,
        shape: c.querySelector('path').getAttribute('d'),
        colour: getComputedStyle(c.querySelector('svg')).fill,
        box: c.getBoundingClientRect().height,
      })));
      await page.click('[data-testid="answer-card"]');
      await page.waitForSelector('[data-testid="answer-cards"]');
    }
    assert.deepEqual(cards.map((c) => c.letter), letters);
    assert.equal(new Set(cards.map((c) => c.shape)).size, 8, 'eight shapes');
    assert.equal(new Set(cards.map((c) => c.colour)).size, 8, 'eight colours');
    assert.ok(cards.every((c) => c.box === 800), 'each card fills the screen');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a countdown per step, large on the projector, pauses and starts again on the next step and case', async () => {
  const { context, page, audience, errors } = await presentOnTwoScreens();
  await page.selectOption('[data-testid="countdown"]', '2');
  await audience.waitForFunction(() => document.querySelector('[data-testid="timer"]')?.textContent.includes('2:00'));
  const height = await audience.$eval('[data-testid="timer"]', (t) => t.getBoundingClientRect().height);
  assert.ok(height >= 48, `the countdown is ${height} px high at 1080p`);
  await page.keyboard.press('t');
  await audience.waitForFunction(() => /1:5\d/.test(document.querySelector('[data-testid="timer"]')?.textContent || ''), null, { timeout: 8000 });
  await page.keyboard.press('t'); // pause
  const paused = await audience.textContent('[data-testid="timer"]');
  await audience.waitForTimeout(1500);
  assert.equal(await audience.textContent('[data-testid="timer"]'), paused, 'paused');
  await page.keyboard.press('n'); // next case
  await audience.waitForFunction(() => /Case 2 of 2/.test(document.querySelector('.stage__where')?.textContent || ''));
  assert.match(await audience.textContent('[data-testid="timer"]'), /2:00/, 'the next case starts the countdown again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the room screen puts the deck link on the projector as a QR code a third of the screen high, with the Wi-Fi', async () => {
  const { context, page, audience, errors } = await presentOnTwoScreens();
  await page.click('[data-testid="room-panel"] summary');
  await page.fill('[data-testid="wifi-name"]', 'Salle Atlas');
  await page.fill('[data-testid="wifi-password"]', 'nador2026');
  await page.keyboard.press('Escape');
  await page.click('[data-testid="room-screen-toggle"]');
  await audience.waitForSelector('[data-testid="room-screen"]');
  const qr = await audience.$eval('[data-testid="room-screen"] .room-screen__code:not(.room-screen__code--wifi) [data-testid="qr-code"]', (q) => q.getBoundingClientRect().height);
  assert.ok(qr >= 1080 / 3, `the QR code is ${qr} px high`);
  assert.match(await audience.textContent('[data-testid="room-address"]'), /^127\.0\.0\.1:\d+$/);
  assert.match(await audience.textContent('[data-testid="room-wifi"]'), /Salle Atlas.*nador2026/);
  // The codes decode to the deck's link (the learner app, the deck in it) and to the Wi-Fi.
  await audience.screenshot({ path: path.join(artifacts, 'room-screen-1080.png') });
  assert.deepEqual(await smallType(audience, '.stage'), [], 'no type under 24 px on the room screen at 1080p');
  const link = await readQr(audience, '.room-screen__code:not(.room-screen__code--wifi) [data-testid="qr-code"]');
  assert.ok(link.data.startsWith(`${server.url}#/deck/1.`), link.data);
  const wifi = await readQr(audience, '.room-screen__code--wifi [data-testid="qr-code"]');
  assert.equal(wifi.data, 'WIFI:T:WPA;S:Salle Atlas;P:nador2026;;');
  // Q returns to the show, where it was.
  await page.focus('body');
  await page.keyboard.press('q');
  await audience.waitForSelector('[data-testid="stage-options"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a session summary counts the votes of each question, downloads as CSV and prints on one page', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const value = JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'd1', name: 'Oujda', cases: CASES }] });
  await context.addInitScript((v) => { if (!localStorage.getItem('tipsom.decks')) localStorage.setItem('tipsom.decks', v); }, value);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}trainer.html#/present/d1`);
  await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
  const votes = [['1', '1', '2'], ['3'], ['1', '2', '2', '2']];
  for (const [i, keys] of votes.entries()) {
    for (const k of keys) await page.keyboard.press(k);
    if (i < votes.length - 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((s) => document.querySelector('[data-testid="presenter"]').dataset.step === String(s), i + 1);
    }
  }
  await page.click('[data-testid="session-summary"] summary');
  const rows = await page.$$eval('[data-testid="summary-row"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('li')].map((li) => Number(li.dataset.votes))));
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((r) => r.slice(0, 3)), [[2, 1, 0], [0, 0, 1], [1, 3, 0]], 'the counts are the votes recorded');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="summary-csv"]')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], '"Case","Step","Question","Option","Votes","Right answer"');
  // RFC 4180 fields: quoted (with "" for a quote) or bare.
  const fields = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]);
  const parsed = lines.slice(1).map(fields);
  assert.ok(parsed.every((f) => f.length === 6), 'every line has six fields');
  const total = parsed.reduce((sum, f) => sum + Number(f[4]), 0);
  assert.equal(total, votes.flat().length, 'the CSV counts every vote');
  // The print button prepares the page and opens the browser's dialog (a no-op here, so the page
  // stays prepared, as it is while the dialog is open).
  await page.evaluate(() => { window.print = () => {}; });
  await page.click('[data-testid="summary-print"]');
  await page.waitForSelector('#print-root .summary-table', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.equal(pages, 1, 'the summary prints on one page');
  await page.emulateMedia({ media: 'screen' });

  // The summary is kept with the deck on this computer: counts only, nothing about who voted.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('tipsom.decks')));
  const sessions = stored.decks[0].sessions;
  assert.equal(sessions.length, 1);
  assert.deepEqual(Object.keys(sessions[0]).sort(), ['id', 'started-at', 'tally', 'updated-at']);
  assert.deepEqual(sessions[0].tally.map((t) => t.votes.reduce((a, b) => a + b, 0)), votes.map((v) => v.length));
  assert.ok(sessions[0].tally.every((t) => Object.keys(t).sort().join() === 'case-id,step,votes'));

  // Later, from the decks page: the past session with its date and counts, its summary and CSV again.
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.click('[data-testid="deck"] [data-testid="sessions"]');
  assert.match(await page.textContent('[data-testid="deck"] [data-testid="sessions"]'), /Past sessions \(1\)/);
  const date = await page.textContent('[data-testid="past-session-date"]');
  const today = new Date();
  assert.ok(date.includes(String(today.getFullYear())) && date.includes(today.toLocaleString('en-GB', { month: 'long' })), date);
  assert.equal(await page.textContent('[data-testid="past-session-counts"]'), `Questions voted on: 3 · votes: ${votes.flat().length}`);
  await page.click('[data-testid="past-session-open"]');
  await page.waitForSelector('[data-testid="past-summary"] [data-testid="summary-row"] li[data-votes]');
  const again = await page.$$eval('[data-testid="past-summary"] [data-testid="summary-row"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('li')].map((li) => Number(li.dataset.votes))));
  assert.deepEqual(again, rows, 'the same counts as during the show');
  const [download2] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="past-summary"] [data-testid="summary-csv"]')]);
  assert.equal(fs.readFileSync(await download2.path(), 'utf8'), csv, 'the same CSV');
  assert.match(download2.suggestedFilename(), /^tipsom-summary-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.screenshot({ path: path.join(artifacts, 'past-sessions-1280.png'), fullPage: true });

  // Another showing (another presenter tab) is another session; a session can be deleted.
  const second = await context.newPage();
  await second.goto(`${server.url}trainer.html#/present/d1`);
  await second.waitForSelector('[data-testid="presenter"] .presenter__grid');
  await second.keyboard.press('2');
  await page.waitForSelector('[data-testid="deck"] [data-testid="sessions"]:has-text("(2)")');
  await second.close();
  await page.click('[data-testid="deck"] [data-testid="sessions"]');
  await page.click('[data-testid="deck"] [data-testid="sessions"]');
  await page.locator('[data-testid="past-session"]').first().locator('[data-testid="past-session-delete"]').click();
  await page.click('[data-testid="past-session-delete-yes"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="past-session"]').length === 1);
  assert.equal(await page.textContent('[data-testid="past-session-counts"]'), `Questions voted on: 3 · votes: ${votes.flat().length}`, 'the newest went, the first stays');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Pages of a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

test('the handout of a three-case deck prints for participants without answers, one case per page on paper, and as a trainer\'s key, in English and Arabic', async () => {
  // Three cases of the usual length (the bank's longest, of four steps with eight options, take two pages each).
  const three = ['debt-after-the-crossing', 'nador-boat-paid', 'uncle-drives-nephew'];
  for (const lang of ['en', 'ar']) {
    const context = await contextWith([{ id: 'd1', name: lang === 'ar' ? 'ورشة وجدة' : 'Oujda', cases: three }], { locale: lang, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}trainer.html#/trainer`);
    await page.click('[data-testid="deck"] [data-testid="handout-link"]');
    await page.waitForSelector('[data-testid="handout-sheet"] [data-testid="qr-code"]');
    const cases = three.map((id) => readCase(lang, id));
    // What only the trainer may see before the session: points, explanations, feedback, discussion.
    const answers = cases.flatMap((c) => [
      c.trainer.point, ...c.trainer.questions,
      ...c.steps.map((s) => s.explanation),
      ...c.steps.flatMap((s) => (s.question.kind === 'action' ? s.question.options.map((o) => o.feedback) : [])),
    ]);
    const sheetText = () => page.textContent('[data-testid="handout-sheet"]');
    const leaked = async () => { const text = await sheetText(); return answers.filter((a) => text.includes(a)); };
    const printed = async (name) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', path: path.join(artifacts, `handout-${lang}-${name}.pdf`) });
      await page.screenshot({ path: path.join(artifacts, `handout-${lang}-${name}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      return pdfPages(pdf);
    };
    assert.equal(await page.$eval('[data-testid="handout-sheet"]', (s) => getComputedStyle(s).direction), lang === 'ar' ? 'rtl' : 'ltr');

    // For participants: the link as a QR code, the cases, where to find help; no answer; one or two pages.
    const qr = await readQr(page, '[data-testid="handout-sheet"] [data-testid="qr-code"]');
    assert.equal(qr?.data, await page.textContent('[data-testid="handout-link"]'));
    assert.ok(qr.data.startsWith(`${server.url}#/deck/1.`), qr.data);
    assert.deepEqual(await page.$$eval('.handout__cases li', (li) => li.map((l) => l.dataset.caseId)), three);
    assert.match(await page.textContent('[data-testid="handout-help"]'), /0800\u00a000\u00a047\u00a047/);
    assert.deepEqual(await leaked(), [], 'no answers for participants');
    assert.ok((await printed('participants')) <= 2, 'one or two pages');

    // After the session: each case's point, still on one or two pages.
    await page.check('[data-testid="handout-after"]');
    await page.waitForSelector('[data-testid="handout-point"]');
    assert.deepEqual(await page.$$eval('[data-testid="handout-point"]', (p) => p.length), 3);
    assert.ok((await printed('after')) <= 2);

    // The cases on paper: stories and questions, one case per page, no answers.
    await page.check('[data-testid="handout-cases"]');
    await page.waitForSelector('.handout__case');
    assert.deepEqual(await page.$$eval('.handout__case', (s) => s.map((x) => x.dataset.caseId)), three);
    assert.deepEqual(await leaked(), [], 'no answers on the cases on paper');
    assert.ok(!(await sheetText()).includes('✓'));
    for (const c of cases) assert.ok((await sheetText()).includes(c.steps[0].question.prompt), 'each question is there');
    assert.equal(await printed('cases'), 3, 'one case per page');
    // Each case fits its page: laid out at the width of an A4 page inside its margins (12 mm).
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.emulateMedia({ media: 'print' });
    const heights = await page.$$eval('.handout__case', (s) => s.map((x) => x.getBoundingClientRect().height));
    assert.ok(heights.every((h) => h <= 1032), `every case on one page: ${heights.map(Math.round)}`);
    assert.deepEqual(await page.$$eval('.handout__case', (s) => s.slice(1).map((x) => getComputedStyle(x).breakBefore)), ['page', 'page']);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The trainer's key: the answers and notes, one case per page at least.
    await page.check('[data-testid="handout-key"]');
    await page.waitForSelector('.handout__answer');
    const key = await sheetText();
    for (const c of cases) {
      assert.ok(key.includes(c.trainer.point) && key.includes(c.steps[0].explanation), `the key of ${c.id}`);
    }
    assert.ok((await printed('key')) >= 3);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
