// The size check: fails if the gzip size of the built wasm grows more than 10% over the figure
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
for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);

const wasm = rows.find((r) => r.file.endsWith('.wasm'));
if (!wasm) { console.error('size: no .wasm in dist/: build first'); process.exit(1); }
if (process.argv.includes('--record')) {
  fs.writeFileSync(budgetFile, JSON.stringify({ wasm_gzip_bytes: wasm.gzip, allowed_growth: 0.10 }, null, 2) + '\n');
  console.log(`size: recorded ${wasm.gzip} bytes of gzipped wasm in size-budget.json`);
  process.exit(0);
}
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
const limit = Math.round(budget.wasm_gzip_bytes * (1 + budget.allowed_growth));
console.log(`size: wasm is ${wasm.gzip} bytes gzipped; recorded ${budget.wasm_gzip_bytes}, limit ${limit}`);
if (wasm.gzip > limit) {
  console.error(`size: the wasm grew more than ${budget.allowed_growth * 100}% over the recorded figure. If the growth is wanted, run 'node scripts/check-size.mjs --record' and commit size-budget.json.`);
  process.exit(1);
}
