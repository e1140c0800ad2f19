// `make bench`: the figures behind the budgets of issue 6, measured on the release build served on
// 127.0.0.1 with gzip, as a static host serves it. Prints a table and says which figures are over.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const HOME_READY = '.page--home .progress-line:not(.loading)';
const CASE_READY = '[data-testid="case-player"], [data-testid="content-warning"]';

const BUDGETS = [
  // [name, measured key, limit, direction]
  ['first visit, home page (gzip, KB)', 'homeKB', 250, '<='],
  ['Lighthouse performance', 'perf', 95, '>='],
  ['Lighthouse accessibility', 'a11y', 100, '>='],
  ['Lighthouse best practices', 'bp', 100, '>='],
  ['LCP (s, mobile throttling)', 'lcp', 2.0, '<='],
  ['TBT (ms, mobile throttling)', 'tbt', 150, '<='],
  ['answer to feedback, 4x CPU (ms, median of 20)', 'answer4x', 50, '<='],
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

async function answerTimes(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const times = [];
  for (let i = 0; i < 20; i++) {
    await page.goto(`${url}#/case/uncle-drives-nephew`);
    await page.reload();
    await page.waitForSelector('.options__list label');
    await page.locator('.options__list li').nth(3).locator('label').click();
    // Time from the click that checks the answer to the frame that paints the feedback, in the page.
    times.push(await page.evaluate(() => new Promise((resolve) => {
      const button = document.querySelector('form.question button[type="submit"]');
      const start = performance.now();
      const seen = () => {
        if (document.querySelector('[data-testid="feedback"]')) requestAnimationFrame(() => resolve(performance.now() - start));
        else requestAnimationFrame(seen);
      };
      button.click();
      requestAnimationFrame(seen);
    })));
    await page.evaluate(() => localStorage.clear());
  }
  await context.close();
  return median(times);
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
const CASE_URL = `${server.url}#/case/uncle-drives-nephew`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS.slice(1) });
const m = {};
try {
  fileTable();
  m.homeKB = (await transferred(browser, server.url, HOME_READY)) / 1024;
  m.caseKB = (await transferred(browser, CASE_URL, CASE_READY)) / 1024;
  m.precacheKB = precacheBytes() / 1024;
  // Lighthouse varies from run to run: the median of three runs, as Lighthouse's own docs advise.
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await lighthouseRun(server.url));
  for (const key of Object.keys(runs[0])) m[key] = median(runs.map((r) => r[key]));
  m.lighthouseRuns = runs.map((r) => `perf ${r.perf}, LCP ${r.lcp.toFixed(2)} s, TBT ${Math.round(r.tbt)} ms`).join(' | ');
  // The same on a case opened directly, which loads the whole learner app (reported, not budgeted:
  // the budgets are the home page's).
  const caseRuns = [];
  for (let i = 0; i < 3; i++) caseRuns.push(await lighthouseRun(CASE_URL));
  m.caseLighthouse = Object.fromEntries(Object.keys(caseRuns[0]).map((k) => [k, median(caseRuns.map((r) => r[k]))]));
  m.answer1x = await answerTimes(browser, server.url, 0);
  m.answer4x = await answerTimes(browser, server.url, 4);
  m.offlineHome = await offlineReload(browser, server.url, HOME_READY);
  m.offlineCase = await offlineReload(browser, CASE_URL, CASE_READY);
  // The budget holds for both: the home page (its small module) and a case (the whole app).
  m.offline = Math.max(m.offlineHome, m.offlineCase);
} finally {
  await browser.close();
  await server.close();
}

console.log('\nFigures');
console.log(`first visit, home page: ${m.homeKB.toFixed(1)} KB transferred (gzip)`);
console.log(`first visit, a case:    ${m.caseKB.toFixed(1)} KB transferred (gzip)`);
console.log(`offline copy the service worker caches after the first visit (all files, 3 languages): ${m.precacheKB.toFixed(1)} KB gzip, in the background`);
console.log(`Lighthouse runs: ${m.lighthouseRuns}`);
console.log(`Lighthouse (mobile, median of 3): performance ${m.perf}, accessibility ${m.a11y}, best practices ${m.bp}, SEO ${m.seo}; LCP ${m.lcp.toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}`);
console.log(`answer to feedback painted (median of 20): ${m.answer1x.toFixed(1)} ms; with 4x CPU throttling ${m.answer4x.toFixed(1)} ms`);
console.log(`Lighthouse on a case opened directly (mobile, median of 3): performance ${m.caseLighthouse.perf}, accessibility ${m.caseLighthouse.a11y}, best practices ${m.caseLighthouse.bp}; LCP ${m.caseLighthouse.lcp.toFixed(2)} s, TBT ${Math.round(m.caseLighthouse.tbt)} ms, CLS ${m.caseLighthouse.cls.toFixed(3)}`);
console.log(`offline reload to interactive (median of 5): home page ${m.offlineHome.toFixed(2)} s, a case ${m.offlineCase.toFixed(2)} s`);

console.log('\nBudgets');
let over = 0;
for (const [name, key, limit, dir] of BUDGETS) {
  const value = m[key];
  const ok = dir === '<=' ? value <= limit : value >= limit;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${typeof value === 'number' ? +value.toFixed(2) : value} (budget ${dir} ${limit})`);
}
console.log(over ? `\n${over} figure(s) over budget` : '\nall figures within budget');
