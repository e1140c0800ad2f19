// `make bench`: the figures behind the budgets of issues 6 and 13, measured on the release build served
// on 127.0.0.1 with gzip, as a static host serves it, the phone's figures through a throttled link
// (bench/link.mjs). Prints a table, each figure beside its budget and the figure before issue 13,
// and says which figures are over.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/lib/server.mjs';
import { startLink } from './link.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const HOME_READY = '.page--home .progress-line:not(.loading)';
const CASE_READY = '[data-testid="case-player"], [data-testid="content-warning"]';

// The phone of issue 13: 360x740, Slow 4G (150 ms round trip, 1.6 Mbps down, 750 Kbps up), CPU 4x.
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
const CPU = 4;
const STORY_CASE = 'uncle-drives-nephew';

const BUDGETS = [
  // [name, measured key, limit, direction, before issue 13]
  ['first visit, home page (gzip, KB)', 'homeKB', 250, '<='],
  ['Lighthouse performance, home page', 'perf', 98, '>='],
  ['Lighthouse accessibility, home page', 'a11y', 100, '>='],
  ['Lighthouse best practices, home page', 'bp', 100, '>='],
  ['Lighthouse SEO, home page', 'seo', 100, '>='],
  ['Lighthouse performance, a case by its link', 'casePerf', 98, '>='],
  ['Lighthouse accessibility, a case by its link', 'caseA11y', 100, '>='],
  ['Lighthouse best practices, a case by its link', 'caseBp', 100, '>='],
  ['Lighthouse SEO, a case by its link', 'caseSeo', 100, '>='],
  ['LCP (s, mobile throttling)', 'lcp', 2.0, '<='],
  ['TBT (ms, mobile throttling)', 'tbt', 150, '<='],
  ['deep link: story visible after navigation (s, phone, median of 5)', 'deepStory', 2.0, '<=', 3.6],
  ['deep link: transferred before the story (KB)', 'deepKB', 150, '<=', 281],
  ['home → Start: story visible after the tap (s, phone, median of 5)', 'tapStory', 1.0, '<=', 2.5],
  ['home → Start: story visible after navigation (s)', 'homeStory', null, '', 5.1],
  ['home → Start: transferred before the story, from navigation (KB)', 'homeStoryKB', 150, '<=', 337],
  ['content files fetched twice by the page (both paths)', 'twice', 0, '<='],
  ['answer to feedback painted, 4x CPU (ms, phone, median of 20)', 'answer4x', 16, '<=', 26.7],
  ['offline reload to interactive, slower of home and case (s)', 'offline', 1.0, '<='],
];

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function fileTable() {
  const rows = walk(dist).map((f) => {
    const body = fs.readFileSync(f);
    return { file: path.relative(dist, f), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, br: zlib.brotliCompressSync(body).length };
  });
  const big = rows.filter((r) => !r.file.startsWith('content/') || /index\.json$/.test(r.file));
  const content = rows.filter((r) => r.file.startsWith('content/'));
  console.log('\nFiles in dist/ (content per piece summed below)');
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const r of big) console.log(`${r.file.padEnd(44)}${kb(r.raw).padStart(11)}${kb(r.gzip).padStart(11)}${kb(r.br).padStart(11)}`);
  const sum = (k) => content.reduce((a, r) => a + r[k], 0);
  console.log(`${`content/ (${content.length} files, 3 languages)`.padEnd(44)}${kb(sum('raw')).padStart(11)}${kb(sum('gzip')).padStart(11)}${kb(sum('br')).padStart(11)}`);
}

/** Bytes on the wire for a first visit, up to the page being usable, with service workers off. */
async function transferred(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  return bytes;
}

/** What the service worker downloads in the background to work offline: every file it precaches, gzipped. */
function precacheBytes() {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]).filter((f) => f !== './');
  return files.reduce((a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
}

/**
 * Answer to feedback painted: from the click's own timestamp (a real click, sent by the DevTools protocol)
 * to the end of the first frame that shows the verdict and Next: a rAF callback that finds them,
 * then a message posted from it, which runs once that frame has been painted. The Event Timing
 * API's figure for the same click (the browser's "next paint", 8 ms steps, reported from 16 ms)
 * is kept beside it.
 */
async function answerTimes(browser, url, throttle) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const times = [];
  const eventTimings = [];
  for (let i = 0; i < 20; i++) {
    await page.goto(`${url}#/case/${STORY_CASE}`);
    await page.reload();
    await page.waitForSelector('[data-testid="case-player"] .options__list label');
    await page.locator('.options__list li').nth(3).locator('label').click();
    await page.locator('form.question button[type="submit"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      window.__answer = new Promise((resolve) => {
        const entries = [];
        new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: 'event', durationThreshold: 16, buffered: false });
        addEventListener('click', (event) => {
          const start = event.timeStamp;
          const check = () => {
            if (!document.querySelector('[data-testid="feedback"] [data-testid="next"]')) return requestAnimationFrame(check);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const painted = performance.now() - start;
              // The browser reports the click's entry a little after its paint.
              setTimeout(() => {
                const click = entries.filter((e) => e.name === 'click' || e.name === 'pointerup').map((e) => e.duration);
                resolve({ painted, eventTiming: click.length ? Math.max(...click) : 0 });
              }, 300);
            };
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(check);
        }, { capture: true, once: true });
      });
    });
    // A real click, sent straight through the DevTools protocol once the page is idle (Playwright's
    // own click first runs its checks in the page, which would delay the input on a slowed CPU).
    const button = await page.locator('form.question button[type="submit"]').boundingBox();
    const [x, y] = [button.x + button.width / 2, button.y + button.height / 2];
    await page.waitForTimeout(300);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
    const { painted, eventTiming } = await page.evaluate(() => window.__answer);
    times.push(painted);
    eventTimings.push(eventTiming);
    await page.evaluate(() => localStorage.clear());
  }
  await context.close();
  return { median: median(times), eventTiming: median(eventTimings) };
}

/** In every page of the context: when a case's story was first on screen (the static opening or the
 * app's), and when the learner last tapped, both on the page's clock (ms since navigation). */
function watchStory() {
  const seen = () => [...document.querySelectorAll('.case__story p, [data-testid="content-warning"] h1, [data-testid="story-opening"] .notice--warning')]
    .some((p) => { const r = p.getBoundingClientRect(); return r.height > 0 && r.top < innerHeight; });
  addEventListener('pointerdown', (e) => { window.__tapAt = e.timeStamp; }, true);
  const frame = () => {
    if (seen()) {
      const at = performance.now();
      // Painted in this frame: the end of its paint is when a message posted now is read.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__storyAt = at; window.__storyPaintedAt = performance.now(); };
      channel.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Content files the page asked the server for more than once (the service worker's own downloads aside). */
function fetchedTwice(requests) {
  const counts = new Map();
  for (const r of requests) if (r.url.includes('/content/')) counts.set(r.url, (counts.get(r.url) || 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([u]) => u);
}

/**
 * A first visit on the phone over the slow link. `path` 'deep': the case's link opened directly;
 * 'home': the home page, then a tap on Start as soon as it leads to a case. Returns the times
 * (s) and the bytes delivered (KB) before the story was on screen, and what was fetched twice.
 */
async function storyRun(browser, link, server, path) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(watchStory);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  // Requests of this run only: the page's (a worker's requests come from the service worker).
  const asked = [];
  page.on('request', (r) => { if (!r.serviceWorker() && r.url().includes('/content/')) asked.push({ url: new URL(r.url()).pathname }); });
  link.reset();
  if (path === 'deep') {
    await page.goto(`${link.url}#/case/${STORY_CASE}`, { waitUntil: 'commit' });
  } else {
    await page.goto(link.url, { waitUntil: 'commit' });
    const start = page.locator('.page--home .home__start[href^="#/case/"]:visible');
    await start.waitFor({ timeout: 60000 });
    await start.tap();
  }
  await page.waitForFunction(() => window.__storyPaintedAt !== undefined, null, { timeout: 60000 });
  const t = await page.evaluate(() => ({ at: window.__storyPaintedAt, tap: window.__tapAt, origin: performance.timeOrigin }));
  const bytes = link.bytesUntil(t.origin + t.at);
  // The app takes over: then the page's fetches are complete (the story, the index, the case).
  await page.waitForSelector('[data-testid="case-player"], [data-testid="content-warning"]', { timeout: 60000 });
  await page.waitForTimeout(500);
  const twice = fetchedTwice(asked);
  await context.close();
  return { fromNavigation: t.at / 1000, fromTap: t.tap === undefined ? null : (t.at - t.tap) / 1000, kb: bytes / 1024, twice };
}

/** The least any first screen of a story can cost: the HTML page, its stylesheet and one story, gzipped. */
function storyFloor() {
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const css = page.match(/href="\.\/([^"]+\.css)"/)[1];
  return { html: gz('index.html'), css: gz(css), story: gz(`content/fr/story/${STORY_CASE}.html`), caseJson: gz(`content/fr/cases/${STORY_CASE}.json`) };
}

async function offlineReload(browser, url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await page.reload();
    await page.waitForSelector(ready);
    times.push((Date.now() - start) / 1000);
  }
  await context.close();
  return median(times);
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')) });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const lhr = result.lhr;
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    return {
      perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint'].numericValue / 1000,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

const server = await startServer({ root: dist });
const link = await startLink({ target: server.port });
const CASE_URL = `${server.url}#/case/${STORY_CASE}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS.slice(1) });
const m = {};
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
const part = (name) => !only || only.includes(name);
try {
  fileTable();
  m.homeKB = (await transferred(browser, server.url, HOME_READY)) / 1024;
  m.caseKB = (await transferred(browser, CASE_URL, CASE_READY)) / 1024;
  m.precacheKB = precacheBytes() / 1024;
  m.floor = storyFloor();
  if (part('story')) {
    // Each run a first visit on the phone over the slow link; the median of five.
    const deep = [];
    const home = [];
    for (let i = 0; i < 5; i++) {
      deep.push(await storyRun(browser, link, server, 'deep'));
      home.push(await storyRun(browser, link, server, 'home'));
    }
    m.deepStory = median(deep.map((r) => r.fromNavigation));
    m.deepKB = median(deep.map((r) => r.kb));
    m.homeStory = median(home.map((r) => r.fromNavigation));
    m.tapStory = median(home.map((r) => r.fromTap));
    m.homeStoryKB = median(home.map((r) => r.kb));
    m.twiceList = [...new Set([...deep, ...home].flatMap((r) => r.twice))];
    m.twice = m.twiceList.length;
    m.storyRuns = { deep, home };
  }
  if (part('lighthouse')) {
    // Lighthouse varies from run to run: the median of three runs, as Lighthouse's own docs advise.
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await lighthouseRun(server.url));
    for (const key of Object.keys(runs[0])) m[key] = median(runs.map((r) => r[key]));
    m.lighthouseRuns = runs.map((r) => `perf ${r.perf}, LCP ${r.lcp.toFixed(2)} s, TBT ${Math.round(r.tbt)} ms`).join(' | ');
    // The same on a case opened by its link.
    const caseRuns = [];
    for (let i = 0; i < 3; i++) caseRuns.push(await lighthouseRun(CASE_URL));
    m.caseLighthouse = Object.fromEntries(Object.keys(caseRuns[0]).map((k) => [k, median(caseRuns.map((r) => r[k]))]));
    m.caseLighthouseRuns = caseRuns.map((r) => `perf ${r.perf}, LCP ${r.lcp.toFixed(2)} s, TBT ${Math.round(r.tbt)} ms`).join(' | ');
    [m.casePerf, m.caseA11y, m.caseBp, m.caseSeo] = [m.caseLighthouse.perf, m.caseLighthouse.a11y, m.caseLighthouse.bp, m.caseLighthouse.seo];
  }
  if (part('answer')) {
    m.answer1x = (await answerTimes(browser, server.url, 0)).median;
    const throttled = await answerTimes(browser, server.url, CPU);
    m.answer4x = throttled.median;
    m.answer4xEventTiming = throttled.eventTiming;
  }
  if (part('offline')) {
    m.offlineHome = await offlineReload(browser, server.url, HOME_READY);
    m.offlineCase = await offlineReload(browser, CASE_URL, CASE_READY);
    // The budget holds for both: the home page (its small module) and a case (the whole app).
    m.offline = Math.max(m.offlineHome, m.offlineCase);
  }
} finally {
  await browser.close();
  await link.close();
  await server.close();
}

const f1 = (x) => (typeof x === 'number' ? x.toFixed(1) : String(x));
const f2 = (x) => (typeof x === 'number' ? x.toFixed(2) : String(x));
console.log('\nFigures');
console.log(`first visit, home page: ${m.homeKB.toFixed(1)} KB transferred (gzip)`);
console.log(`first visit, a case:    ${m.caseKB.toFixed(1)} KB transferred (gzip)`);
console.log(`offline copy the service worker caches after the first visit (all files, 3 languages): ${m.precacheKB.toFixed(1)} KB gzip, in the background`);
const fl = m.floor;
console.log(`physical floor of a story's first screen (gzip): index.html ${kb(fl.html)} + stylesheet ${kb(fl.css)} + the story ${kb(fl.story)} = ${kb(fl.html + fl.css + fl.story)}; ` +
  `on Slow 4G at least ${((fl.html + fl.css + fl.story) / 200000 + 3 * 0.15).toFixed(2)} s (three round trips: page, stylesheet and story, then the bytes at 1.6 Mbps)`);
if (m.storyRuns) {
  console.log('story visible on the phone (360x740, Slow 4G through bench/link.mjs, CPU 4x), each run:');
  for (const [name, runs] of Object.entries(m.storyRuns)) {
    console.log(`  ${name.padEnd(5)} ${runs.map((r) => `${f2(r.fromNavigation)} s${r.fromTap !== null ? ` (tap +${f2(r.fromTap)} s)` : ''} ${f1(r.kb)} KB`).join(' | ')}`);
  }
  console.log(`  deep link: ${f2(m.deepStory)} s after navigation, ${f1(m.deepKB)} KB before it (floor ${kb(fl.html + fl.css + fl.story)}: ${f1(m.deepKB / ((fl.html + fl.css + fl.story) / 1024))}x)`);
  console.log(`  home → Start: ${f2(m.tapStory)} s after the tap, ${f2(m.homeStory)} s after navigation, ${f1(m.homeStoryKB)} KB before it`);
  console.log(`  content fetched twice by the page: ${m.twiceList.length ? m.twiceList.join(', ') : 'none'}`);
}
if (m.lighthouseRuns) {
  console.log(`Lighthouse runs, home page: ${m.lighthouseRuns}`);
  console.log(`Lighthouse (mobile, median of 3), home page: performance ${m.perf}, accessibility ${m.a11y}, best practices ${m.bp}, SEO ${m.seo}; LCP ${m.lcp.toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}`);
  console.log(`Lighthouse runs, a case by its link: ${m.caseLighthouseRuns}`);
  console.log(`Lighthouse (mobile, median of 3), a case by its link: performance ${m.caseLighthouse.perf}, accessibility ${m.caseLighthouse.a11y}, best practices ${m.caseLighthouse.bp}, SEO ${m.caseLighthouse.seo}; LCP ${m.caseLighthouse.lcp.toFixed(2)} s, TBT ${Math.round(m.caseLighthouse.tbt)} ms, CLS ${m.caseLighthouse.cls.toFixed(3)}`);
}
if (m.answer4x !== undefined) {
  console.log(`answer to feedback painted (phone, median of 20): ${m.answer1x.toFixed(1)} ms; with 4x CPU throttling ${m.answer4x.toFixed(1)} ms (Event Timing's duration of the click: ${m.answer4xEventTiming ? `${m.answer4xEventTiming} ms` : 'under 16 ms'})`);
}
if (m.offline !== undefined) console.log(`offline reload to interactive (median of 5): home page ${m.offlineHome.toFixed(2)} s, a case ${m.offlineCase.toFixed(2)} s`);

console.log('\nBudgets (figure, budget, before issue 13)');
let over = 0;
for (const [name, key, limit, dir, before] of BUDGETS) {
  const value = m[key];
  if (value === undefined) continue;
  const ok = limit === null || (dir === '<=' ? value <= limit : value >= limit);
  if (!ok) over++;
  const shown = typeof value === 'number' ? +value.toFixed(2) : value;
  console.log(`${limit === null ? '    ' : ok ? 'ok  ' : 'OVER'} ${name}: ${shown}${limit === null ? ' (no budget of its own)' : ` (budget ${dir} ${limit})`}${before !== undefined ? `, before: ${before}` : ''}`);
}
console.log(over ? `\n${over} figure(s) over budget` : '\nall figures within budget');
