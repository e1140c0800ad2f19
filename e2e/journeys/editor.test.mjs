// The case editor (issue 19), end to end, in French then in Arabic: a two-step case written from
// blank (story, facts, a classify question, an action question), the engine's verdict following
// the facts, a live error on a key the engine contradicts, fixed; the case previewed in a phone
// frame, saved into a pack, added to a deck, presented on two screens, its pack exported, checked
// by `tipsom-pack check`, imported in a fresh browser profile and played. A case in one language
// shows only in that language's library. A draft's unsaved text survives a reload and a closed
// tab. Screenshots of the editor at laptop and tablet sizes, in French and Arabic, go to
// e2e/screenshots/ (not committed), to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { dist, freshPage, chooseLocale, playToEnd } from '../lib/app.mjs';
import { tipsomPack } from '../lib/tipsom-pack.mjs';

const SHOTS = path.resolve(dist, '../e2e/screenshots');

let server;
let browser;
before(async () => { server = await startServer({ root: dist }); browser = await launch(); fs.mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const TEXTS = {
  fr: {
    title: 'Le verger de Berkane',
    summary: 'Une offre de travail saisonnier trop belle.',
    story0: 'Amina est recrutée par un voisin qui lui ment sur le salaire et le travail.',
    prompt0: 'Comment qualifier les faits ?',
    explanation0: 'Un acte, un moyen et un but d\'exploitation : c\'est la traite.',
    story1: 'Amina vous appelle en cachette depuis le verger.',
    prompt1: 'Que faites-vous d\'abord ?',
    options: [['L\'orienter vers une association qui protège.', 'Oui : sa sécurité passe d\'abord.'], ['Appeler son employeur.', 'Non : cela peut la mettre en danger.']],
    explanation1: 'La protection de la victime vient avant tout.',
    point: 'Le consentement obtenu par tromperie ne compte pas.',
    discussion: 'Qu\'auriez-vous demandé à Amina ?',
    pack: 'Atelier de Berkane',
    saved: /Enregistré dans le pack/,
    verdictTrafficking: /Traite/,
    unsaved: 'Brouillon pas encore enregistré',
  },
  ar: {
    title: 'بستان بركان',
    summary: 'عرض عمل موسمي مغرٍ أكثر من اللازم.',
    story0: 'جنّد جارٌ أمينة وكذب عليها بشأن الأجر والعمل.',
    prompt0: 'كيف تُكيّف هذه الوقائع؟',
    explanation0: 'فعل ووسيلة وغرض استغلال: إنه اتجار بالبشر.',
    story1: 'تتصل بك أمينة خفيةً من البستان.',
    prompt1: 'ماذا تفعل أولاً؟',
    options: [['توجيهها إلى جمعية تحميها.', 'نعم: سلامتها أولاً.'], ['الاتصال بمشغّلها.', 'لا: قد يعرّضها ذلك للخطر.']],
    explanation1: 'حماية الضحية قبل كل شيء.',
    point: 'الموافقة المنتزعة بالخداع لا يُعتدّ بها.',
    discussion: 'ماذا كنت ستسأل أمينة؟',
    pack: 'ورشة بركان',
    saved: /حُفظت في الحزمة/,
    verdictTrafficking: /اتجار/,
    unsaved: 'مسودّة لم تُحفظ بعد',
  },
};

const field = (path) => `[data-field="${path}"]`;
const verdictOf = (page, step, frame) =>
  page.textContent(`[data-testid="step-verdicts"][data-step="${step}"] [data-verdict-frame="${frame}"]`);

async function openEditor(browserOrContext, code, viewport = { width: 1280, height: 800 }) {
  const { context, page, errors } = await freshPage(browserOrContext, { locale: code === 'ar' ? 'ar-MA' : 'fr-FR', viewport });
  await page.goto(`${server.url}trainer.html#/editor`);
  await page.waitForSelector('[data-testid="editor-home"]');
  if (await page.evaluate(() => document.documentElement.lang) !== code) await chooseLocale(page, code);
  return { context, page, errors };
}

async function newBlank(page) {
  await page.click('[data-testid="new-blank"]');
  await page.waitForSelector('[data-testid="case-editor"]');
  return page.getAttribute('[data-testid="case-editor"]', 'data-draft-id');
}

async function save(download) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-editor-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function writeTwoStepCase(page, t, code) {
  await page.fill(field('title'), t.title);
  await page.fill(field('summary'), t.summary);
  await page.check('#track-civil-society');
  await page.fill(field('steps[0].text'), t.story0);
  // The engine's verdict follows the facts as they are switched.
  const before = await verdictOf(page, 0, 'international');
  assert.doesNotMatch(before, t.verdictTrafficking, before);
  for (const fact of ['act:recruitment', 'means:deception', 'purpose:forced-labour']) {
    await page.check(`#s0-fact-${fact.replace(':', '-')}`);
  }
  await page.waitForFunction(
    ([sel, re]) => new RegExp(re).test(document.querySelector(sel)?.textContent || ''),
    ['[data-testid="step-verdicts"][data-step="0"] [data-verdict-frame="international"]', t.verdictTrafficking.source],
  );
  assert.notEqual(await verdictOf(page, 0, 'international'), before);
  // A key the engine contradicts is an error beside the key, as soon as it is chosen.
  await page.selectOption('[data-testid="editor-step"][data-step="0"] [data-testid="classify-key"]', 'Smuggling');
  const problem = '[data-problems-for="steps[0].question.answer"]';
  await page.waitForSelector(problem);
  assert.match(await page.textContent(problem), t.verdictTrafficking);
  assert.ok(await page.isDisabled('[data-testid="save-into-pack"]'), 'a case that does not pass cannot be saved into a pack');
  // Fixed with the engine's answer: the error goes.
  await page.click('[data-testid="use-engine-key"]');
  await page.waitForSelector(problem, { state: 'detached' });
  assert.equal(await page.inputValue('[data-testid="editor-step"][data-step="0"] [data-testid="classify-key"]'), 'Trafficking');
  await page.fill(field('steps[0].question.prompt'), t.prompt0);
  await page.fill(field('steps[0].explanation'), t.explanation0);
  // The second step: an action question, keeping the first step's facts.
  await page.click('[data-testid="add-step"]');
  await page.waitForSelector('[data-testid="editor-step"][data-step="1"]');
  assert.equal(await page.getAttribute('[data-testid="editor-step"][data-step="1"] [data-testid="question"]', 'data-kind'), 'action');
  await page.fill(field('steps[1].text'), t.story1);
  await page.fill(field('steps[1].question.prompt'), t.prompt1);
  for (const [i, [text, feedback]] of t.options.entries()) {
    await page.fill(field(`steps[1].question.options[${i}].text`), text);
    await page.fill(field(`steps[1].question.options[${i}].feedback`), feedback);
  }
  await page.check('#correct-1-0');
  await page.fill(field('steps[1].explanation'), t.explanation1);
  await page.fill(field('trainer.point'), t.point);
  await page.fill(field('trainer.questions[0]'), t.discussion);
  await page.waitForSelector('[data-testid="no-problems"]');
  // Written in one language, the others' translations are not asked for, and none is filled in.
  assert.equal(await page.locator(`[data-testid="case-language"]:checked`).count(), 1);
}

async function previewAsLearner(page) {
  await page.click('[data-testid="preview"]');
  const frame = page.locator('[data-testid="preview-frame"]');
  await frame.waitFor();
  const box = await frame.boundingBox();
  assert.ok(box.width <= 360 && box.height <= 640, `a phone-sized frame: ${box.width}x${box.height}`);
  for (let step = 0; step < 2; step++) {
    await frame.locator('.options__list li').first().locator('label').click();
    await frame.locator('form.question button[type="submit"]').click();
    await frame.locator('[data-testid="feedback"]').waitFor();
    await frame.locator('[data-testid="preview-next"]').click();
  }
  await page.waitForSelector('[data-testid="preview-done"]');
  await page.click('[data-testid="preview"]');
}

for (const code of ['fr', 'ar']) {
  test(`${code}: a two-step case from blank, checked, previewed, saved, presented, exported, imported and played`, async () => {
    const t = TEXTS[code];
    const { context, page, errors } = await openEditor(browser, code);
    const draftId = await newBlank(page);
    assert.equal(await page.evaluate(() => document.documentElement.dir), code === 'ar' ? 'rtl' : 'ltr');
    await writeTwoStepCase(page, t, code);
    // Screenshots of the editor, on a laptop and on a tablet.
    await page.screenshot({ path: path.join(SHOTS, `editor-${code}-1280x800.png`), fullPage: true });
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.screenshot({ path: path.join(SHOTS, `editor-${code}-820x1180.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no sideways scrolling on a tablet (${overflow} px)`);
    await page.setViewportSize({ width: 1280, height: 800 });

    await previewAsLearner(page);

    await page.fill('[data-testid="pack-name"]', t.pack);
    await page.click('[data-testid="save-into-pack"]');
    await page.waitForSelector('[data-testid="saved-into-pack"]');
    assert.match(await page.textContent('[data-testid="saved-into-pack"]'), t.saved);
    const caseId = await page.inputValue(field('id'));

    // Added to a new deck, and presented on two screens.
    await page.click('[data-testid="new-deck-with-case"]');
    await page.waitForSelector('[data-testid="present-deck"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-pack"]')]);
    const file = await save(download);
    await page.click('[data-testid="present-deck"]');
    await page.waitForSelector('[data-testid="presenter"] .presenter__grid');
    const [audience] = await Promise.all([context.waitForEvent('page'), page.click('[data-testid="open-audience"]')]);
    await audience.setViewportSize({ width: 1920, height: 1080 });
    await audience.waitForSelector('[data-testid="stage-options"]');
    assert.match(await audience.textContent('.stage__story'), new RegExp(t.story0.slice(0, 12)));
    await audience.close();

    // The exported pack says which language the case has, and passes the command-line check.
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(exported.cases[0].languages, [code]);
    assert.equal(exported.cases[0].title[code], t.title);
    assert.ok(!('en' in exported.cases[0].title), 'no language filled in');
    tipsomPack('check', file);

    // In this language's library only.
    await page.goto(`${server.url}trainer.html#/cases`);
    const card = `[data-case-id="${caseId}"]`;
    await page.waitForSelector(card);
    for (const other of ['en', code === 'fr' ? 'ar' : 'fr']) {
      await chooseLocale(page, other);
      await page.waitForSelector('[data-testid="library-count"]');
      await page.waitForSelector(card, { state: 'detached' });
    }
    // Nor is it found from a link there.
    await page.goto(`${server.url}trainer.html#/case/${caseId}`);
    await page.waitForSelector('[data-testid="case-not-found"]');
    await page.goto(`${server.url}trainer.html#/cases`);
    await chooseLocale(page, code);
    await page.waitForSelector(card);
    assert.deepEqual(errors, []);
    await context.close();

    // Another trainer imports the pack in a fresh browser profile, and plays the case.
    const other = await freshPage(browser, { locale: code === 'ar' ? 'ar-MA' : 'fr-FR' });
    await other.page.goto(`${server.url}trainer.html#/cases`);
    if (await other.page.evaluate(() => document.documentElement.lang) !== code) await chooseLocale(other.page, code);
    await other.page.waitForSelector('[data-testid="pack-import"]:not([disabled])');
    await other.page.setInputFiles('[data-testid="pack-import"]', file);
    await other.page.waitForSelector('[data-testid="pack-message"]');
    await other.page.waitForSelector(card);
    await other.page.click(`${card} a`);
    await playToEnd(other.page);
    assert.match(await other.page.textContent('[data-testid="case-score"]'), /\d/);
    assert.deepEqual(other.errors, []);
    await other.context.close();
    assert.ok(draftId);
  });
}

test('a draft with unsaved text survives a reload and a closed tab', async () => {
  for (const code of ['fr', 'ar']) {
    const t = TEXTS[code];
    const { context, page, errors } = await openEditor(browser, code);
    const id = await newBlank(page);
    // Typed, and the page reloaded at once: written as the page goes.
    await page.fill(field('title'), t.unsaved);
    await page.reload();
    await page.waitForSelector(field('title'));
    assert.equal(await page.inputValue(field('title')), t.unsaved);
    // Typed, and the tab closed: a new tab of the same profile finds it.
    await page.fill(field('steps[0].text'), `${t.story0} …`);
    await page.waitForTimeout(600);
    await page.close();
    const again = await context.newPage();
    await again.goto(`${server.url}trainer.html#/editor/${id}`);
    await again.waitForSelector(field('steps[0].text'));
    assert.equal(await again.inputValue(field('steps[0].text')), `${t.story0} …`);
    assert.equal(await again.inputValue(field('title')), t.unsaved);
    // The drafts are their own stored value, in its envelope.
    const stored = await again.evaluate(() => JSON.parse(localStorage.getItem('tipsom.drafts')));
    assert.equal(stored.kind, 'drafts');
    assert.equal(stored.schema, 1);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('drafts a newer version stored are never written over, and the trainer is told', async () => {
  const { context, page } = await openEditor(browser, 'fr');
  const future = JSON.stringify({ app: 'tipsom', kind: 'drafts', schema: 99, drafts: [] });
  await page.evaluate((v) => localStorage.setItem('tipsom.drafts', v), future);
  await page.reload();
  await page.waitForSelector('[data-testid="drafts-notice"]');
  assert.match(await page.textContent('[data-testid="drafts-notice"]'), /version plus récente/);
  await newBlank(page);
  await page.fill(field('title'), 'Un titre');
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => localStorage.getItem('tipsom.drafts')), future);
  await context.close();
});

test('a case starts from a copy of a bank case (a new id) or from a case of a pack on the device', async () => {
  const { context, page, errors } = await openEditor(browser, 'fr');
  const first = await page.getAttribute('[data-testid="copy-select"] option:first-child', 'value');
  await page.click('[data-testid="copy-bank"]');
  await page.waitForSelector('[data-testid="case-editor"]');
  const id = await page.inputValue(field('id'));
  assert.equal(id, `${first}-copy`, 'a new id');
  // A bank case is written in all three languages and passes every check as it is.
  assert.equal(await page.locator('[data-testid="case-language"]:checked').count(), 3);
  await page.waitForSelector('[data-testid="no-problems"]');
  assert.notEqual(await page.inputValue(field('title')), '');
  // Saved into a pack, it is then offered as a pack case to edit (same id, same pack).
  await page.fill('[data-testid="pack-name"]', 'Copies');
  await page.click('[data-testid="save-into-pack"]');
  await page.waitForSelector('[data-testid="saved-into-pack"]');
  await page.goto(`${server.url}trainer.html#/editor`);
  await page.waitForSelector('[data-testid="pack-case-select"]');
  await page.click('[data-testid="edit-pack-case"]');
  await page.waitForSelector('[data-testid="case-editor"]');
  assert.equal(await page.inputValue(field('id')), id);
  assert.equal(await page.inputValue('[data-testid="pack-name"]'), 'Copies');
  await page.waitForSelector('[data-testid="no-problems"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs writing drafts do not undo each other', async () => {
  const { context, page } = await openEditor(browser, 'fr');
  const a = await newBlank(page);
  await page.fill(field('title'), 'Onglet A');
  await page.waitForTimeout(500);
  const other = await context.newPage();
  await other.goto(`${server.url}trainer.html#/editor`);
  await other.waitForSelector('[data-testid="editor-home"]');
  const b = await newBlank(other);
  await other.fill(field('title'), 'Onglet B');
  await other.waitForTimeout(500);
  // Tab A, which never reloaded, types again: tab B's draft stays.
  await page.fill(field('title'), 'Onglet A, suite');
  await page.waitForTimeout(500);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('tipsom.drafts')).drafts);
  const titles = Object.fromEntries(stored.map((d) => [d.id, d.case.title.fr]));
  assert.equal(titles[a], 'Onglet A, suite');
  assert.equal(titles[b], 'Onglet B');
  // And tab A lists tab B's draft without a reload.
  await page.goto(`${server.url}trainer.html#/editor`);
  await page.waitForSelector(`[data-draft-id="${b}"]`);
  await context.close();
});

test('the editor has no axe-core violation, with every kind of question, in French and Arabic', async () => {
  const { createRequire } = await import('node:module');
  const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const found = [];
  for (const locale of ['fr-FR', 'ar-MA']) {
    // Injecting axe needs an inline script, which the app's CSP rightly forbids: bypass it here only.
    const context = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const check = async (name) => {
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      });
      for (const v of violations) found.push(`${locale} ${name}: ${v}`);
    };
    await page.goto(`${server.url}trainer.html#/editor`);
    await page.waitForSelector('[data-testid="editor-home"]');
    await check('drafts and starts');
    // Cases of the bank with what-if, indicators and elements questions, copied.
    for (const id of ['association-shelter-oujda', 'apprentice-boy-fez']) {
      await page.goto(`${server.url}trainer.html#/editor`);
      await page.waitForSelector('[data-testid="copy-select"]');
      await page.selectOption('[data-testid="copy-select"]', id);
      await page.click('[data-testid="copy-bank"]');
      await page.waitForSelector('[data-testid="case-editor"]');
      await page.waitForSelector('[data-testid="no-problems"]');
      await check(`a copy of ${id}`);
    }
    await page.click('[data-testid="preview"]');
    await page.waitForSelector('[data-testid="preview-frame"]');
    await check('the preview');
    await context.close();
  }
  assert.deepEqual(found, []);
});
