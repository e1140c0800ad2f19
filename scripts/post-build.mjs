// Trunk post_build hook (node scripts/post-build.mjs STAGING_DIR). It finishes dist/:
// 1. moves trunk's inline bootstrap script into a hashed file, so the Content-Security-Policy
//    needs no 'unsafe-inline' and no per-build hash; index.html's becomes boot-learner.js, which
//    runs the home page's small module first and loads the learner app on demand;
// 2. writes `_headers` (the security headers, in the format Netlify and Cloudflare Pages read;
//    the README gives them for other hosts);
// 3. generates the service worker from the files actually built, with a cache named after their hash.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist');
const sha = (data) => crypto.createHash('sha256').update(data).digest('hex');

// 1. The bootstrap scripts (learner and trainer apps), plus service worker registration and the update notice.
function externalise(htmlName) {
  const file = path.join(staging, htmlName);
  if (!fs.existsSync(file)) return null;
  let page = fs.readFileSync(file, 'utf8');
  const inline = page.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (inline) {
    const boot = `${inline[1].trim()}\n${fs.readFileSync(new URL('./boot-extra.js', import.meta.url), 'utf8')}`;
    const name = `boot-${sha(boot).slice(0, 16)}.js`;
    fs.writeFileSync(path.join(staging, name), boot);
    page = page.replace(inline[0], `<script type="module" src="./${name}"></script>`);
    fs.writeFileSync(file, page);
  }
  return page;
}
const indexFile = path.join(staging, 'index.html');
let html = learnerBoot('index.html');
const trainerHtml = externalise('trainer.html') || '';

// index.html: the home page runs the small module first, the app on demand (scripts/boot-learner.js).
// Trunk's preloads of the app are removed, or every visit would download the app at once.
function learnerBoot(htmlName) {
  const file = path.join(staging, htmlName);
  let page = fs.readFileSync(file, 'utf8');
  const inline = page.match(/<script type="module">([\s\S]*?)<\/script>/);
  const homeJs = fs.readdirSync(staging).find((f) => /^tipsom-home-[0-9a-f]+\.js$/.test(f));
  if (!inline || !homeJs) return externalise(htmlName);
  const appJs = inline[1].match(/from '\.\/([^']+\.js)'/)[1];
  const appWasm = inline[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)[1];
  const homeWasm = homeJs.replace(/\.js$/, '_bg.wasm');
  const boot = [
    fs.readFileSync(new URL('./boot-learner.js', import.meta.url), 'utf8')
      .replace('__APP_JS__', appJs).replace('__APP_WASM__', appWasm)
      .replace('__HOME_JS__', homeJs).replace('__HOME_WASM__', homeWasm),
    fs.readFileSync(new URL('./boot-extra.js', import.meta.url), 'utf8'),
  ].join('\n');
  const name = `boot-${sha(boot).slice(0, 16)}.js`;
  fs.writeFileSync(path.join(staging, name), boot);
  page = page.replace(inline[0], `<script type="module" src="./${name}"></script>`);
  page = page.replace(new RegExp(`<link rel="(?:modulepreload|preload)" href="\\./(?:${appJs}|${appWasm})"[^>]*>`, 'g'), '');
  // Named for boot-lang.js, which asks for the app at once when another page is opened directly.
  page = page.replace('<script src="boot-lang.js">', `<meta name="tipsom-app" content="./${appJs} ./${appWasm}">\n  <script src="boot-lang.js">`);
  fs.writeFileSync(file, page);
  return page;
}

// The static first screen, from the app's own catalogue (written by `tipsom-pack shell`).
const shellFile = path.join(staging, '.boot-shell.html');
if (fs.existsSync(shellFile)) {
  html = html.replace('<!-- boot-shell -->', fs.readFileSync(shellFile, 'utf8'));
  fs.writeFileSync(indexFile, html);
  fs.rmSync(shellFile);
}

// 2. Security headers, the same as the README gives.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
const headers = [
  '/*',
  `  Content-Security-Policy: ${CSP}`,
  '  Referrer-Policy: no-referrer',
  '  X-Content-Type-Options: nosniff',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  '',
].join('\n');
fs.writeFileSync(path.join(staging, '_headers'), headers);

// 3. The service worker: precache every built file, content of all three languages included.
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}
// Files only the trainer app uses (its wasm, loader and bootstrap) are cached the first time a trainer
// opens trainer.html, not downloaded in the background by every learner.
const referenced = (page) => new Set([...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
const learnerFiles = referenced(html);
const trainerOnly = [...referenced(trainerHtml)].filter((f) => !learnerFiles.has(f));
trainerOnly.push('trainer.html');
const files = walk(staging)
  .map((f) => path.relative(staging, f).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js' && f !== '_headers' && !trainerOnly.includes(f))
  // The cases' static openings only speed up a first visit on the network (assets/boot-lang.js);
  // offline the app draws the case itself, so they are not part of the offline copy.
  .filter((f) => !/^content\/[a-z]{2}\/story\//.test(f))
  .sort();
const version = sha(files.map((f) => f + sha(fs.readFileSync(path.join(staging, f)))).join('\n')).slice(0, 16);
const template = fs.readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)], null, 0));
fs.writeFileSync(path.join(staging, 'sw.js'), sw);
console.log(`post-build: ${files.length} files precached as tipsom-${version}; cached on first use: ${trainerOnly.join(', ')}`);
