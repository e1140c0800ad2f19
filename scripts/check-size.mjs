// The size check: fails if the gzip size of any built wasm grows more than 10% over the figure
// recorded in size-budget.json, so growth is always a decision. Prints the sizes of dist/.
// `node scripts/check-size.mjs --record` writes the current figure as the new reference.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const budgetFile = path.join(root, 'size-budget.json');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

const rows = walk(dist).map((file) => {
  const body = fs.readFileSync(file);
  return { file: path.relative(dist, file), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows.filter((x) => !x.file.startsWith('content/'))) {
  console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
}
const content = rows.filter((x) => x.file.startsWith('content/'));
const total = (k) => content.reduce((a, r) => a + r[k], 0);
console.log(`${`content/ (${content.length} files)`.padEnd(44)} ${kb(total('raw')).padStart(10)} raw ${kb(total('gzip')).padStart(10)} gzip`);

// One figure per module: the home page's (tipsom-home-*), the learner app's (tipsom-*) and the
// trainer app's (tipsom-trainer-*).
const apps = {
  home: rows.find((r) => /^tipsom-home-[0-9a-f]+_bg\.wasm$/.test(r.file)),
  learner: rows.find((r) => /^tipsom-[0-9a-f]+_bg\.wasm$/.test(r.file)),
  trainer: rows.find((r) => /^tipsom-trainer-[0-9a-f]+_bg\.wasm$/.test(r.file)),
};
if (!apps.home || !apps.learner || !apps.trainer) { console.error('size: dist/ lacks a wasm file: run make build first'); process.exit(1); }
if (process.argv.includes('--record')) {
  const figures = Object.fromEntries(Object.entries(apps).map(([k, r]) => [`${k}_wasm_gzip_bytes`, r.gzip]));
  fs.writeFileSync(budgetFile, JSON.stringify({ ...figures, allowed_growth: 0.10 }, null, 2) + '\n');
  console.log(`size: recorded ${JSON.stringify(figures)} in size-budget.json`);
  process.exit(0);
}
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
let over = false;
for (const [app, r] of Object.entries(apps)) {
  const recorded = budget[`${app}_wasm_gzip_bytes`];
  const limit = Math.round(recorded * (1 + budget.allowed_growth));
  console.log(`size: ${app} wasm is ${r.gzip} bytes gzipped; recorded ${recorded}, limit ${limit}`);
  if (!(r.gzip <= limit)) {
    over = true;
    console.error(`size: the ${app} wasm grew more than ${budget.allowed_growth * 100}% over the recorded figure. If the growth is wanted, run 'node scripts/check-size.mjs --record' and commit size-budget.json.`);
  }
}
if (over) process.exit(1);
