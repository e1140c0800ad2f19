// The room server (`tipsom-room`): a trainer's laptop serves the built app to the phones of a room
// with no internet. Started here on loopback on a free port, as `make room` starts it on the LAN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '../lib/browser.mjs';
import { dist, acceptWarningIfAny, answer } from '../lib/app.mjs';
import { readHeaders } from '../lib/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let browser;
let room;
let base;

before(async () => {
  execFileSync('cargo', ['build', '--quiet', '--bin', 'tipsom-room'], { cwd: repo, stdio: 'inherit' });
  room = spawn(path.join(repo, 'target/debug/tipsom-room'), ['--port', '0', '--dist', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    let out = '';
    room.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    room.on('exit', (code) => reject(new Error(`tipsom-room exited with ${code}: ${out}`)));
  });
  browser = await launch();
});
after(async () => { await browser?.close(); room?.kill(); });

/** A request sent as written, with no normalisation of `..` (fetch would resolve it first). */
function raw(pathname) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: pathname, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('it serves the built files with their types and the headers of _headers', async () => {
  const security = readHeaders(dist);
  assert.ok(security['Content-Security-Policy'], 'the build has a CSP');
  const index = await raw('/');
  assert.equal(index.status, 200);
  assert.match(index.headers['content-type'], /^text\/html/);
  assert.equal(index.headers['cache-control'], 'no-cache');
  for (const [name, value] of Object.entries(security)) assert.equal(index.headers[name.toLowerCase()], value, name);
  const wasm = fs.readdirSync(dist).find((f) => /^tipsom-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const file = await raw(`/${wasm}`);
  assert.equal(file.status, 200);
  assert.equal(file.headers['content-type'], 'application/wasm');
  assert.equal(file.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(file.body.length, fs.statSync(path.join(dist, wasm)).size);
  assert.equal((await raw('/content/en/index.json')).headers['content-type'], 'application/json; charset=utf-8');
});

test('nothing outside dist/ is served, however the path is written', async () => {
  for (const p of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/%2E%2E%2FCargo.toml', '/content/..%2f..%2fCargo.toml',
    '/content/%2e%2e/%2e%2e/Cargo.toml', '/..%5cCargo.toml', '/%00index.html', '/_headers', '/.git/config',
    '//etc/passwd', '/C:/Windows/win.ini', '/content/en/../../../Cargo.toml', '/%']) {
    const res = await raw(p);
    assert.equal(res.status, 404, p);
    assert.doesNotMatch(res.body.toString(), /\[package\]|root:|\[core\]/, p);
  }
});

test('a phone on the room server plays a case, then works offline with no failed request', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const page = await context.newPage();
  const failed = [];
  // A request the page itself cancelled by moving on (a favicon still loading at the reload, say)
  // is not a failure of the offline copy: anything else is (offline, it would read ERR_INTERNET_DISCONNECTED).
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`); });
  // The first visit, as a participant makes it: the home page, while the service worker keeps the
  // offline copy (a room's phones then play without the laptop's help); then a case.
  await page.goto(base);
  await page.waitForSelector('.page--home .progress-line:not(.loading)');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await page.goto(`${base}#/case/uncle-drives-nephew`);
  await acceptWarningIfAny(page);
  await answer(page, [3]);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="case-player"], [data-testid="feedback"], [data-testid="case-complete"]');
  await page.goto(`${base}#/glossary`);
  await page.waitForSelector('.term');
  assert.deepEqual(failed, []);
  await context.close();
});
