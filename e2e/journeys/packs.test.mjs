// Content packs in the browser: a trainer adds a pack file from the library, its cases appear
// marked with the pack's name, in every language, and play; their answers are kept like others; a broken pack is
// refused with every problem shown in the learner's language and changes nothing; exports give
// GIFT that an independent parser reads; removing the pack removes its cases, not the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, content, freshPage, chooseLocale, playToEnd } from '../lib/app.mjs';
import { repo, tipsomPack } from '../lib/tipsom-pack.mjs';

const { parse: parseGift } = createRequire(import.meta.url)('gift-pegjs');

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixtures = path.join(repo, 'tests/fixtures/packs');
const VALID = path.join(fixtures, 'valid.json');
const PACK = JSON.parse(fs.readFileSync(VALID, 'utf8'));
const CASE = 'workshop-agadir-orchard';

async function openLibrary(page) {
  await page.goto(`${server.url}trainer.html#/cases`);
  await page.waitForSelector('[data-testid="pack-import"]:not([disabled])');
}

async function addPack(page, file) {
  await page.setInputFiles('[data-testid="pack-import"]', file);
  await page.waitForSelector('[data-testid="pack-message"]');
}

async function save(download) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('a pack is added from the library, played, counted, exported and removed', async () => {
  const { context, page, errors } = await freshPage(browser);
  await openLibrary(page);
  const bankCount = content('en', 'index.json').cases.length;
  await addPack(page, VALID);
  assert.match(await page.textContent('[data-testid="pack-message"]'), /Pack “\u2068?Agadir workshop\u2069?” added: 2 cases/);
  const card = `[data-case-id="${CASE}"]`;
  await page.waitForSelector(card);
  assert.match(await page.textContent(card), /Agadir workshop/, 'marked with the pack name');
  assert.match(await page.textContent('[data-testid="library-count"]'), new RegExp(`${bankCount + 2} cases`));
  // In every language, from the pack itself.
  await chooseLocale(page, 'fr');
  await page.waitForFunction((s) => /verger près d'Agadir/.test(document.querySelector(s)?.textContent || ''), card);
  await chooseLocale(page, 'en');

  // The learner app (index.html), which carries no pack tools, shows the pack's cases too.
  const learner = await page.context().newPage();
  await learner.goto(`${server.url}#/cases`);
  await learner.waitForSelector(card);
  assert.ok(await learner.locator('[data-testid="pack-import"]').count() === 0, 'no pack tools in the learner app');
  assert.ok(await learner.locator('a[href="trainer.html#/cases"]').count() === 1, 'a link to the trainer tools');
  await learner.close();

  // It plays like a built-in case, and counts in progress.
  await page.click(`${card} a`);
  await playToEnd(page);
  assert.match(await page.textContent('[data-testid="case-score"]'), /\d+%/);
  await page.goto(`${server.url}trainer.html#/cases`);
  await page.waitForFunction((s) => /Done/.test(document.querySelector(`${s} .status`)?.textContent || ''), card);
  // Certificates stay about the built-in bank: a pack's cases do not change a track's total.
  await page.goto(`${server.url}trainer.html#/progress`);
  await page.waitForSelector('[data-testid="tracks"]');
  const civil = content('en', 'index.json').cases.filter((c) => c.tracks.includes('civil-society')).length;
  assert.match(await page.textContent('[data-track="CivilSociety"]'), new RegExp(`0 of ${civil} `));

  // Still there after a reload: kept in localStorage under tipsom.packs.
  await page.reload();
  await openLibrary(page);
  await page.waitForSelector(card);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tipsom.packs')));
  assert.equal(stored.app, 'tipsom');
  assert.deepEqual(stored.packs.map((p) => p.name), ['Agadir workshop']);

  // Export all cases as GIFT in Arabic: an independent parser reads one question per step.
  await page.selectOption('[data-testid="export-locale"]', 'ar');
  const [gift] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-gift"]')]);
  const questions = parseGift(fs.readFileSync(await save(gift), 'utf8')).filter((q) => q.type !== 'Category');
  const steps = content('en', 'index.json').cases.reduce((s, c) => s + c.steps, 0)
    + PACK.cases.reduce((s, c) => s + c.steps.length, 0);
  assert.equal(questions.length, steps);
  assert.ok(questions.some((q) => q.id === `${CASE}-1` && /يوسف/.test(q.stem.text)));
  // The cases shown (a search) as a pack: the pack's case, ready to import elsewhere.
  await page.fill('#filter-query', 'orchard');
  await page.waitForFunction(() => /^1 /.test(document.querySelector('[data-testid="library-count"]')?.textContent || ''));
  await page.selectOption('[data-testid="export-scope"]', 'shown');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-pack"]')]);
  const exported = JSON.parse(fs.readFileSync(await save(json), 'utf8'));
  assert.equal(exported.kind, 'pack');
  // The same as the command-line tool writes for that case: the browser and the tool agree.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-'));
  tipsomPack('export-pack', path.join(dir, 'cli.json'), '--from', VALID, '--cases', CASE);
  assert.deepEqual(exported.cases, JSON.parse(fs.readFileSync(path.join(dir, 'cli.json'), 'utf8')).cases);

  // Removing the pack removes its cases; the answers stay in the progress export.
  await page.fill('#filter-query', '');
  await page.click(`[data-pack="Agadir workshop"] [data-testid="pack-remove"]`);
  await page.waitForSelector(card, { state: 'detached' });
  assert.match(await page.textContent('[data-testid="pack-message"]'), /removed/);
  assert.equal(await page.evaluate(() => localStorage.getItem('tipsom.packs')), null);
  await page.goto(`${server.url}trainer.html#/progress`);
  await page.waitForSelector('[data-testid="tracks"]');
  const [progress] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export"]')]);
  const attempts = JSON.parse(fs.readFileSync(await save(progress), 'utf8')).progress.attempts;
  assert.ok(attempts.some((a) => a['case-id'] === CASE), 'past attempts are kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken pack is refused whole, each problem shown by case and field in the learner\'s language', async () => {
  const { context, page, errors } = await freshPage(browser);
  await openLibrary(page);
  await addPack(page, VALID);
  await page.waitForSelector(`[data-case-id="${CASE}"]`);
  const before = await page.evaluate(() => localStorage.getItem('tipsom.packs'));

  // A new edition of the pack whose second case has a wrong answer key and a missing language.
  const broken = structuredClone(PACK);
  broken.cases[0].title.en = 'The orchard, second edition';
  broken.cases[1].steps[0].question.answer = 'trafficking';
  delete broken.cases[1].summary.fr;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-')), 'broken.json');
  fs.writeFileSync(file, JSON.stringify(broken));
  await addPack(page, file);
  await page.waitForSelector('[data-testid="pack-refused"]');
  const rows = await page.$$eval('[data-testid="pack-refused"] tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  // Every problem is listed, the missing translation (by field and language) and the wrong key.
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [
    ['sample-uncle-drives-nephew', 'summary.fr'],
    ['sample-uncle-drives-nephew', 'steps[0].question.answer'],
  ]);
  assert.match(rows[0][2], /French is missing/);

  const keyOnly = structuredClone(PACK);
  keyOnly.cases[1].steps[0].question.answer = 'trafficking';
  fs.writeFileSync(file, JSON.stringify(keyOnly));
  await addPack(page, file);
  await page.waitForFunction(() => /steps\[0\]\.question\.answer/.test(document.querySelector('[data-testid="pack-refused"]')?.textContent || ''));
  await chooseLocale(page, 'ar');
  await page.waitForFunction(() => /المحرّك القانوني/.test(document.querySelector('[data-testid="pack-refused"]')?.textContent || ''));
  await chooseLocale(page, 'fr');
  await page.waitForFunction(() => /moteur juridique/.test(document.querySelector('[data-testid="pack-refused"]')?.textContent || ''));

  // Nothing changed: the first edition is still the one in use and in storage.
  assert.equal(await page.evaluate(() => localStorage.getItem('tipsom.packs')), before);
  assert.match(await page.textContent(`[data-case-id="${CASE}"]`), /verger près d'Agadir/);
  for (const [body, pattern] of [['{nope', /JSON valide/], ['{"app":"tipsom","kind":"progress-export"}', /pas un pack/]]) {
    fs.writeFileSync(file, body);
    await addPack(page, file);
    await page.waitForFunction((p) => new RegExp(p).test(document.querySelector('[data-testid="pack-refused"]')?.textContent || ''), pattern.source);
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('tipsom.packs')), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a trainer\'s deck is exported as GIFT and as a pack from the trainer app\'s library', async () => {
  const { context, page, errors } = await freshPage(browser);
  const decks = JSON.stringify({ app: 'tipsom', kind: 'decks', schema: 1, decks: [{ id: 'd1', name: 'Oujda', cases: ['debt-after-the-crossing', 'uncle-drives-nephew'] }] });
  await context.addInitScript((v) => { if (!localStorage.getItem('tipsom.decks')) localStorage.setItem('tipsom.decks', v); }, decks);
  await page.goto(`${server.url}trainer.html#/cases`);
  await page.waitForSelector('[data-testid="export-scope"] option[value="deck:d1"]', { state: 'attached' });
  await page.selectOption('[data-testid="export-scope"]', 'deck:d1');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-deck-'));
  const [gift] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-gift"]')]);
  const giftFile = path.join(dir, 'deck.gift');
  await gift.saveAs(giftFile);
  const text = fs.readFileSync(giftFile, 'utf8');
  const steps = ['debt-after-the-crossing', 'uncle-drives-nephew'].reduce((n, id) => n + content('en', `cases/${id}.json`).steps.length, 0);
  assert.equal((text.match(/^::/gm) || []).length, steps, 'one GIFT question per step of the deck\'s cases');
  assert.ok(!text.includes('apprentice-boy-fez'), 'only the deck\'s cases');
  const [pack] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-pack"]')]);
  const packFile = path.join(dir, 'deck.json');
  await pack.saveAs(packFile);
  assert.deepEqual(JSON.parse(fs.readFileSync(packFile, 'utf8')).cases.map((c) => c.id), ['debt-after-the-crossing', 'uncle-drives-nephew']);
  assert.deepEqual(errors, []);
  await context.close();
});
