// Safe for someone at risk (issue 18), in a real browser over dist/:
// - with discreet mode on, home → library → a case → quick exit, then Back: no page of the app and
//   no word of it; the neutral page shows one language (English, French and Arabic in turn); the
//   tab's title and icon, the installed name and every visible text before the exit hold none of
//   the distressing words of tests/fixtures/distressing-words.json;
// - with "leave no trail", history.length does not grow over a journey of several pages, while it
//   does without it; discreet mode turned on mid-journey, the exit still leaves nothing for Back;
// - discreet mode names every page "Notes" with the neutral icon (trainer app included), and the
//   manifest the page links to is the neutral one with it on, the app's with it off;
// - three quick taps on a 360x740 touch phone leave, only once turned on, never on slow taps;
// - the old exit.html goes to the learner's neutral page in its own place.
// Screenshots of discreet mode on a phone in French and Arabic go to e2e/screenshots/ (not committed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, watchErrors } from '../lib/browser.mjs';
import { dist, content } from '../lib/app.mjs';

const SHOTS = path.resolve(dist, '../e2e/screenshots');
const WORDS = JSON.parse(fs.readFileSync(path.resolve(dist, '../tests/fixtures/distressing-words.json'), 'utf8'));
const PHONE = { width: 360, height: 740 };
const BROWSER_LOCALE = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-MA' };
const NEUTRAL = { en: 'mint-tea.html', fr: 'the-a-la-menthe.html', ar: 'atay.html' };
const NOTES = { en: 'Notes', fr: 'Notes', ar: 'ملاحظات' };
let server;
let elsewhere;
let browser;

before(async () => {
  server = await startServer({ root: dist });
  // Another site, the page the learner was on before opening the app.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-elsewhere-'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><title>Weather</title><h1>Weather in Rabat</h1><p>Sunny, 24 degrees.</p>');
  elsewhere = await startServer({ root: site });
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); await elsewhere?.close(); });

/** Lower case; in Arabic without diacritics or tatweel, every alef a plain alef (as tests/safety.rs). */
const fold = (text) => text.toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا');

/** The distressing words of `text`, in every language's list (a page must hold none of any). */
function distressing(text) {
  const words = fold(text).split(/[^\p{L}]+/u).filter(Boolean);
  const found = [];
  for (const lang of ['en', 'fr', 'ar']) {
    for (const pattern of WORDS[lang].map(fold)) {
      const inner = pattern.replace(/^\*|\*$/g, '');
      const hit = pattern.startsWith('*') ? (w) => w.includes(inner)
        : pattern.endsWith('*') ? (w) => w.startsWith(inner) : (w) => w === pattern;
      found.push(...words.filter(hit));
    }
  }
  return [...new Set(found)];
}

test('the word check finds the words it looks for (so a clean page is really clean)', () => {
  assert.deepEqual(distressing('Trafficking or smuggling?'), ['trafficking', 'smuggling']);
  assert.deepEqual(distressing('Traite ou trafic illicite ?'), ['traite', 'trafic']);
  assert.deepEqual(distressing('اتجار بالبشر أم تهريب للمهاجرين؟').length, 3);
  assert.deepEqual(distressing('Thé à la menthe, servi de haut'), []);
});

/** A browser context whose app storage holds these preferences (set from the neutral page, a page of the app's origin). */
async function contextWith(lang, prefs, options = {}) {
  const context = await browser.newContext({ locale: BROWSER_LOCALE[lang], ...options });
  if (prefs) {
    const setup = await context.newPage();
    await setup.goto(`${server.url}${NEUTRAL.en}`);
    await setup.evaluate((p) => localStorage.setItem('tipsom', JSON.stringify({
      app: 'tipsom', schema: 2, progress: { attempts: [], preferences: { ...p, 'updated-at': 1 } },
    })), prefs);
    await setup.close();
  }
  const page = await context.newPage();
  const all = watchErrors(page);
  // Moving between the other site and the app (both of this test) is what the journeys do.
  const ours = (e) => [server.url, elsewhere.url].some((o) => e.startsWith(`request to another origin: ${o}`));
  const errors = { get list() { return all.filter((e) => !ours(e)); } };
  return { context, page, errors };
}

const phoneOptions = { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** What the tab and the screen show: title, the icon's file and text, the manifest linked, the visible text. */
async function looks(page) {
  return page.evaluate(async () => {
    const icon = document.querySelector('link[rel="icon"]');
    const manifest = document.querySelector('link[rel="manifest"]');
    const iconText = icon ? await fetch(icon.href).then((r) => r.text()) : '';
    const manifestJson = manifest ? await fetch(manifest.href).then((r) => r.json()) : null;
    return {
      title: document.title,
      icon: icon?.getAttribute('href') || '',
      iconText,
      manifest: manifest?.getAttribute('href') || '',
      manifestJson,
      text: document.body.innerText,
      brand: [...document.querySelectorAll('.brand')].find((b) => b.offsetParent)?.textContent || '',
    };
  });
}

/** Asserts a screen of the app in discreet mode: neutral title, bar, icon, manifest, and not one distressing word. */
function assertDiscreet(seen, lang, where) {
  assert.equal(seen.title, NOTES[lang], `${where}: the tab's title`);
  assert.equal(seen.brand, NOTES[lang], `${where}: the bar's name`);
  assert.equal(seen.icon, 'icons/notes.svg', `${where}: the tab's icon`);
  assert.equal(seen.manifest, 'notes.webmanifest', `${where}: the manifest`);
  assert.equal(seen.manifestJson.name, 'Notes', `${where}: the installed name`);
  const everything = [seen.title, seen.text, seen.iconText, JSON.stringify(seen.manifestJson)].join('\n');
  assert.deepEqual(distressing(everything), [], `${where}: distressing words on the screen`);
}

const historyLength = (page) => page.evaluate(() => history.length);

for (const lang of ['en', 'fr', 'ar']) {
  test(`discreet mode (${lang}): home → library → a case → quick exit, then Back leaves, with no word of the app on the way`, async () => {
    const { context, page, errors } = await contextWith(lang, { discreet: true, locale: lang }, phoneOptions);
    await page.goto(elsewhere.url);
    await page.goto(server.url);
    // The app draws the home page itself, in neutral words (the static one names the app).
    await page.waitForSelector('#boot', { state: 'detached' });
    await page.waitForSelector('.page--home .progress-line:not(.loading)');
    const start = await historyLength(page);
    const home = await looks(page);
    assertDiscreet(home, lang, 'home');
    assert.equal(await page.textContent('.page--home h1'), NOTES[lang]);
    await page.screenshot({ path: path.join(SHOTS, `safety-discreet-home-${lang}.png`) });

    await page.click('.page--home .actions a.button:not(.button--primary)');
    await page.waitForSelector('.case-card');
    const library = await looks(page);
    assertDiscreet(library, lang, 'library');
    const titles = await page.locator('.case-card__title').allTextContents();
    const total = content(lang, 'index.json').cases.length;
    assert.equal(titles.length, total);
    assert.match(titles[0], lang === 'ar' ? /^الحالة 1$/ : /^Cas(e)? 1$/, 'cases go by number');
    assert.equal(await page.locator('.case-card__summary').count(), 0, 'no summaries');
    await page.screenshot({ path: path.join(SHOTS, `safety-discreet-library-${lang}.png`) });
    assert.equal(await historyLength(page), start, 'the library took the home page\'s place in the history');

    // A case with a content warning: folded, the warning is not shown either.
    const warned = content(lang, 'index.json').cases.findIndex((c) => c['content-warning']);
    await page.click(`.case-card[data-case-id="${content(lang, 'index.json').cases[warned].id}"] a`);
    await page.waitForSelector('[data-testid="case-folded"]');
    const kase = await looks(page);
    assertDiscreet(kase, lang, 'a case');
    assert.equal(await page.textContent('[data-testid="case-folded"] h1'), lang === 'ar' ? `الحالة ${warned + 1}` : `${lang === 'fr' ? 'Cas' : 'Case'} ${warned + 1}`);
    await page.screenshot({ path: path.join(SHOTS, `safety-discreet-case-${lang}.png`) });
    assert.equal(await historyLength(page), start, 'so did the case');
    // The quick exit keeps its plain name, for the learner to find.
    assert.equal(await page.textContent('[data-testid="quick-exit"]'), { en: 'Quick exit', fr: 'Sortie rapide', ar: 'خروج سريع' }[lang]);

    await page.click('[data-testid="quick-exit"]');
    await page.waitForURL(new RegExp(`/${NEUTRAL[lang].replace('.', '\\.')}$`));
    await page.waitForLoadState('load');
    const neutral = await looks(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(neutral.icon, 'icons/leaf.svg');
    assert.deepEqual(distressing([neutral.title, neutral.text, neutral.iconText].join('\n')), []);
    for (const word of ['Notes', 'ملاحظات', 'tipsom', 'Quick exit', 'Sortie rapide']) assert.ok(!neutral.text.includes(word), `the neutral page says ${word}`);
    // One language: no Arabic letters on the English or French page, no Latin ones on the Arabic.
    const arabic = (neutral.text.match(/[\u0600-\u06FF]/g) || []).length;
    const latin = (neutral.text.match(/[A-Za-zÀ-ÿ]/g) || []).length;
    if (lang === 'ar') assert.ok(latin === 0 && arabic > 100, `Arabic only: ${latin} Latin letters`);
    else assert.ok(arabic === 0 && latin > 100, `${lang} only: ${arabic} Arabic letters`);
    assert.equal(neutral.title, { en: 'Mint tea', fr: 'Thé à la menthe', ar: 'الشاي بالنعناع' }[lang]);
    assert.equal(await historyLength(page), start, 'the neutral page took the case\'s place');
    await page.screenshot({ path: path.join(SHOTS, `safety-neutral-${lang}.png`) });

    await page.goBack();
    assert.equal(page.url(), elsewhere.url, 'Back leaves the app\'s origin at once');
    assert.match(await page.textContent('h1'), /Weather/);
    // And Forward finds the neutral page, not the app.
    await page.goForward();
    assert.match(page.url(), new RegExp(`${NEUTRAL[lang].replace('.', '\\.')}$`));
    assert.deepEqual(errors.list, []);
    await context.close();
  });
}

test('with "leave no trail", history.length stays put over a journey of several pages; without it, it grows', async () => {
  const journey = async (prefs) => {
    const { context, page, errors } = await contextWith('en', prefs, phoneOptions);
    await page.goto(elsewhere.url);
    const outside = await historyLength(page);
    await page.goto(`${server.url}#/cases`);
    await page.waitForSelector('.case-card');
    const lengths = [await historyLength(page)];
    const go = async (selector, wait) => {
      await page.click(selector);
      await page.waitForSelector(wait);
      lengths.push(await historyLength(page));
    };
    await go('.case-card a >> nth=0', '[data-testid="case-player"], [data-testid="content-warning"]');
    await page.click('[data-testid="menu-toggle"]');
    await go('.site-nav a[href="#/glossary"]', '.term');
    await page.click('[data-testid="menu-toggle"]');
    await go('.site-nav a[href="#/cards"]', '.page h1');
    await page.click('[data-testid="menu-toggle"]');
    await go('.site-nav a[href="#/progress"]', '.page h1');
    await page.click('[data-testid="menu-toggle"]');
    await go('.site-nav a[href="#/settings"]', '#pref-no-trail');
    await page.click('[data-testid="menu-toggle"]');
    await go('.site-nav a[href="#/"]', '.page--home');
    assert.deepEqual(errors.list, []);
    return { context, page, lengths, outside };
  };
  const off = await journey(null);
  const on = await journey({ 'no-trail': true });
  console.log(`history.length over 7 pages: without "leave no trail" ${off.lengths.join(' ')}; with it ${on.lengths.join(' ')}`);
  assert.deepEqual(on.lengths, Array(on.lengths.length).fill(on.lengths[0]), 'no entry added');
  assert.equal(on.lengths[0], on.outside + 1, 'the other site, then the app');
  assert.ok(off.lengths.at(-1) >= off.lengths[0] + 6, `entries added without it: ${off.lengths}`);
  // With it on, the app's own moves replace too: skipping a content warning (route::go_to).
  const { page } = on;
  const warned = content('en', 'index.json').cases.find((c) => c['content-warning']);
  await page.goto(`${server.url}#/case/${warned.id}`);
  await page.waitForSelector('[data-testid="content-warning"]');
  const before = await historyLength(page);
  await page.click('[data-testid="content-warning"] .button:not(.button--primary)');
  await page.waitForFunction((id) => !location.hash.endsWith(id), warned.id);
  assert.equal(await historyLength(page), before, 'skipping took the warning\'s place');
  await off.context.close();
  await on.context.close();
});

test('discreet mode turned on mid-journey: the quick exit still leaves nothing of the app behind Back or Forward', async () => {
  const { context, page, errors } = await contextWith('fr', null, phoneOptions);
  await page.goto(elsewhere.url);
  const outside = await historyLength(page);
  await page.goto(server.url);
  await page.waitForSelector('.shell:visible .page--home .progress-line:not(.loading)');
  // Before discreet mode, every move adds an entry: the home page, the library, the settings.
  await page.click('.shell:visible .actions a.button:not(.button--primary)');
  await page.waitForSelector('.case-card');
  await page.click('[data-testid="menu-toggle"]');
  await page.click('.site-nav a[href="#/settings"]');
  await page.check('#pref-discreet');
  await page.waitForFunction(() => document.title === 'Notes');
  assert.ok(await page.isChecked('#pref-no-trail'), '"leave no trail" follows discreet mode');
  const withTrail = await historyLength(page);
  assert.equal(withTrail, outside + 3, 'the other site, then three pages of the app');
  await page.click('[data-testid="menu-toggle"]');
  await page.click('.site-nav a[href="#/cases"]');
  await page.click('.case-card a >> nth=1');
  await page.waitForSelector('[data-testid="case-folded"]');
  assert.equal(await historyLength(page), withTrail, 'from then on, no entry is added');
  await page.click('[data-testid="quick-exit"]');
  await page.waitForURL(/the-a-la-menthe\.html$/);
  await page.waitForLoadState('load');
  // Back and Forward from here, as far as they go: the neutral page or the other site, never the app.
  const seen = [];
  for (let i = 0; i < 4 && page.url() !== elsewhere.url; i++) {
    await page.goBack();
    seen.push(page.url());
    if (page.url() !== elsewhere.url) assert.match(page.url(), /the-a-la-menthe\.html$/, `Back ${i + 1} shows the app: ${page.url()}`);
  }
  assert.equal(page.url(), elsewhere.url, `Back leaves the app's origin (${seen.join(' → ')})`);
  for (let i = 0; i < 4; i++) {
    const response = await page.goForward();
    if (!response && i > 0) break;
    assert.ok(!/#\//.test(page.url()) && page.url() !== server.url, `Forward ${i + 1} finds the app: ${page.url()}`);
  }
  console.log(`discreet mode turned on after 3 pages: Back after the quick exit went ${seen.join(' → ')}`);
  assert.deepEqual(errors.list, []);
  await context.close();
});

test('discreet mode: every page of the app, the trainer app too, is "Notes" with the neutral icon and manifest', async () => {
  const { context, page, errors } = await contextWith('en', { discreet: true });
  const cases = content('en', 'index.json').cases;
  const glossary = content('en', 'glossary.json');
  const routes = ['#/', '#/cases', `#/case/${cases[0].id}`, '#/glossary', `#/glossary/${(glossary.terms || glossary)[0].id}`,
    '#/cards', '#/explore', '#/progress', '#/settings'];
  for (const route of routes) {
    await page.goto(`${server.url}${route}`);
    await page.waitForSelector('#boot', { state: 'detached' });
    await page.waitForSelector('main .page h1');
    const seen = await looks(page);
    assert.equal(seen.title, 'Notes', route);
    assert.equal(seen.brand, 'Notes', route);
    assert.equal(seen.icon, 'icons/notes.svg', route);
    assert.equal(seen.manifest, 'notes.webmanifest', route);
    assert.deepEqual(distressing(await page.textContent('main .page h1')), [], `${route}: the heading`);
  }
  // A finished case: its result is headed by its number.
  await page.goto(`${server.url}#/case/${cases[0].id}`);
  await page.click('[data-testid="show-text"]');
  await page.waitForSelector('[data-testid="case-player"], [data-testid="content-warning"]');
  assert.equal(await page.textContent('main h1'), 'Case 1');
  // The trainer app.
  await page.goto(`${server.url}trainer.html#/trainer`);
  await page.waitForSelector('#boot', { state: 'detached' });
  await page.waitForSelector('main h1');
  const trainer = await looks(page);
  assert.equal(trainer.title, 'Notes');
  assert.equal(trainer.icon, 'icons/notes.svg');
  assert.equal(trainer.manifest, 'notes.webmanifest');
  assert.deepEqual(errors.list, []);
  await context.close();
});

/** The manifest Chrome itself reads for the page (what an install would take), and the one linked. */
async function installedName(page) {
  const cdp = await page.context().newCDPSession(page);
  const chrome = await cdp.send('Page.getAppManifest');
  const linked = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return { href: link.getAttribute('href'), json: await fetch(link.href).then((r) => r.json()) };
  });
  await cdp.detach();
  return { chromeUrl: chrome.url, chromeName: JSON.parse(chrome.data || '{}').name, ...linked };
}

test('the installed name: the manifest the page links to is the neutral one with discreet mode on, the app\'s with it off', async () => {
  const { context, page, errors } = await contextWith('en', null);
  await page.goto(`${server.url}#/settings`);
  await page.waitForSelector('#pref-discreet');
  let seen = await installedName(page);
  assert.equal(seen.href, 'manifest.webmanifest');
  assert.equal(seen.json.name, 'Trafficking or smuggling?');
  assert.match(seen.chromeUrl, /\/manifest\.webmanifest$/);
  const usualIcon = await page.getAttribute('link[rel="icon"]', 'href');
  // Turned on: at once, without a reload.
  await page.check('#pref-discreet');
  await page.waitForFunction(() => document.querySelector('link[rel="manifest"]').getAttribute('href') === 'notes.webmanifest');
  seen = await installedName(page);
  assert.equal(seen.json.name, 'Notes');
  assert.ok(seen.json.icons.every((i) => i.src.startsWith('icons/notes-')), 'the notebook icons');
  assert.deepEqual(distressing(JSON.stringify(seen.json)), []);
  assert.match(seen.chromeUrl, /\/notes\.webmanifest$/, 'Chrome reads the neutral manifest');
  assert.equal(seen.chromeName, 'Notes');
  assert.equal(await page.getAttribute('link[rel="apple-touch-icon"]', 'href'), 'icons/notes-192.png');
  // From the first paint of a reload (the page script, before the app).
  await page.reload();
  assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]').getAttribute('href')), 'notes.webmanifest');
  await page.waitForSelector('#pref-discreet');
  // Turned off: the app's own, with its integrity back.
  await page.uncheck('#pref-discreet');
  await page.waitForFunction(() => document.querySelector('link[rel="manifest"]').getAttribute('href') === 'manifest.webmanifest');
  seen = await installedName(page);
  assert.equal(seen.json.name, 'Trafficking or smuggling?');
  assert.equal(await page.getAttribute('link[rel="icon"]', 'href'), usualIcon);
  assert.ok(await page.getAttribute('link[rel="icon"]', 'integrity'), 'the icon\'s integrity is back');
  assert.equal(await page.title(), 'Trafficking or smuggling?');
  assert.deepEqual(errors.list, []);
  await context.close();
});

/** Three taps at one point of a touch screen, `gap` ms apart. */
async function threeTaps(page, x, y, gap) {
  for (let i = 0; i < 3; i++) {
    await page.touchscreen.tap(x, y);
    if (gap) await page.waitForTimeout(gap);
  }
}

for (const lang of ['fr', 'ar']) {
  test(`three quick taps on a 360x740 touch phone (${lang}): off by default, explained in Settings, and then they leave`, async () => {
    const { context, page, errors } = await contextWith(lang, { locale: lang }, phoneOptions);
    await page.goto(elsewhere.url);
    const kase = content(lang, 'index.json').cases.find((c) => !c['content-warning']);
    await page.goto(`${server.url}#/case/${kase.id}`);
    await page.waitForSelector('[data-testid="case-player"]');
    const story = await page.locator('.case__story').boundingBox();
    // Off by default: three quick taps on the story do nothing.
    await threeTaps(page, story.x + story.width / 2, story.y + 10, 0);
    await page.waitForTimeout(300);
    assert.match(page.url(), /#\/case\//, 'still in the app');

    await page.click('[data-testid="menu-toggle"]');
    await page.click('.site-nav a[href="#/settings"]');
    await page.waitForSelector('#pref-exit-gesture');
    assert.equal(await page.isChecked('#pref-exit-gesture'), false);
    const note = await page.textContent('#pref-exit-gesture-note');
    assert.match(note, lang === 'fr' ? /3 touchers rapides/ : /3 لمسات سريعة/);
    await page.locator('#pref-exit-gesture').tap();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('tipsom')).progress.preferences['exit-gesture'] === true);
    await page.screenshot({ path: path.join(SHOTS, `safety-settings-${lang}.png`), fullPage: true });

    await page.goBack();
    await page.waitForSelector('[data-testid="case-player"]');
    // Slow taps (a reader's) never leave.
    const box = await page.locator('.case__story').boundingBox();
    await threeTaps(page, box.x + box.width / 2, box.y + 10, 600);
    await page.waitForTimeout(300);
    assert.match(page.url(), /#\/case\//, 'slow taps do not leave');
    // Three quick ones, with the thumb in the middle of the screen.
    await threeTaps(page, PHONE.width / 2, PHONE.height / 2, 0);
    await page.waitForURL(new RegExp(`${NEUTRAL[lang].replace('.', '\\.')}$`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(errors.list, []);
    await context.close();
  });
}

test('three quick taps on the home page before the app leave too, once turned on', async () => {
  const { context, page, errors } = await contextWith('en', { 'exit-gesture': true }, phoneOptions);
  await page.goto(server.url);
  await page.waitForSelector('.shell:visible .page--home .progress-line:not(.loading)');
  await threeTaps(page, PHONE.width / 2, PHONE.height - 120, 0);
  await page.waitForURL(/mint-tea\.html$/);
  assert.deepEqual(errors.list, []);
  await context.close();
});

test('the old exit.html shows nothing and goes, in its own place, to the learner\'s neutral page', async () => {
  const { context, page, errors } = await contextWith('ar', { locale: 'ar' });
  await page.goto(elsewhere.url);
  const outside = await historyLength(page);
  await page.goto(`${server.url}exit.html`);
  await page.waitForURL(/atay\.html$/);
  await page.waitForLoadState('load');
  assert.equal(await historyLength(page), outside + 1, 'it replaced itself');
  await page.goBack();
  assert.equal(page.url(), elsewhere.url);
  assert.deepEqual(errors.list, []);
  await context.close();
});

test('the neutral pages are kept for offline use', () => {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  for (const file of [...Object.values(NEUTRAL), 'recipe.css', 'recipe.js', 'icons/leaf.svg', 'notes.webmanifest', 'icons/notes.svg', 'exit.html', 'exit.js']) {
    assert.ok(sw.includes(`"./${file}"`), `the service worker precaches ${file}`);
  }
});
