// The pack format's JSON Schema (content/pack.schema.json), checked by an independent validator
// (Ajv, JSON Schema 2020-12): it accepts every built-in case exported as a pack, and the valid
// sample; it rejects every malformed sample. The samples the app refuses for reasons no schema
// can see (answer keys the legal engine contradicts, ids the bank has, a text missing in one of
// the languages its case is written in, since a case names its own) pass the schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { repo, bankPack } from '../lib/tipsom-pack.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(repo, 'content/pack.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const fixtures = path.join(repo, 'tests/fixtures/packs');
const read = (rel) => JSON.parse(fs.readFileSync(path.join(fixtures, rel), 'utf8'));
const list = (dir) => fs.readdirSync(path.join(fixtures, dir)).filter((f) => f.endsWith('.json')).sort();

test('the schema accepts every built-in case exported as a pack', () => {
  const { pack } = bankPack();
  assert.ok(pack.cases.length >= 49, `the bank has ${pack.cases.length} cases`);
  assert.ok(validate(pack), JSON.stringify(validate.errors, null, 2));
  // And each case alone, so an error would name its case.
  for (const c of pack.cases) {
    assert.ok(validate({ ...pack, cases: [c] }), `${c.id}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema accepts the valid sample pack', () => {
  assert.ok(validate(read('valid.json')), JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects every malformed sample', () => {
  const files = list('malformed');
  assert.ok(files.length >= 8, files.join(', '));
  for (const file of files) {
    assert.equal(validate(read(`malformed/${file}`)), false, `${file} should be rejected`);
  }
});

test('the schema rejects an oversized list of cases and unknown facts anywhere', () => {
  const valid = read('valid.json');
  const many = { ...valid, cases: Array.from({ length: 501 }, (_, i) => ({ ...valid.cases[0], id: `case-${i}` })) };
  assert.equal(validate(many), false);
  const fact = structuredClone(valid);
  fact.cases[1].steps[2].question.options[0].fact = 'means:bribery';
  assert.equal(validate(fact), false);
});

test('what only the app can check passes the schema: the app refuses it (tests/packs.rs)', () => {
  for (const file of list('refused')) {
    assert.ok(validate(read(`refused/${file}`)), `${file}: ${JSON.stringify(validate.errors)}`);
  }
});
