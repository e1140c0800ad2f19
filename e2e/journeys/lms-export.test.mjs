// The GIFT and Moodle XML exports of the whole bank, read by independent parsers: gift-pegjs for
// GIFT and fast-xml-parser for Moodle XML, checked against Moodle's question structure. Every
// step of every case must be one question, with every answer, the right ones marked, and only
// weights Moodle imports.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { tipsomPack, tempDir, bankPack, expectedQuestions, moodleAccepts } from '../lib/tipsom-pack.mjs';

const { parse: parseGift } = createRequire(import.meta.url)('gift-pegjs');

let dir;
let expected;
before(() => {
  dir = tempDir();
  expected = expectedQuestions(bankPack(dir).pack);
});

function checkAnswers(q, want, answers) {
  assert.equal(answers.length, want.answers, `${want.id}: every answer`);
  answers.forEach((a) => assert.ok(moodleAccepts(a.percent), `${want.id}: Moodle accepts ${a.percent}%`));
  const right = answers.map((a, k) => (a.percent > 0 ? k : -1)).filter((k) => k >= 0);
  if (want.single) {
    assert.equal(right.length, 1, `${want.id}: one right answer`);
    assert.equal(answers[right[0]].percent, 100);
  } else {
    const total = answers.reduce((s, a) => s + Math.max(a.percent, 0), 0);
    assert.ok(Math.abs(total - 100) < 0.001, `${want.id}: right answers add up to 100%, not ${total}`);
  }
  if (want.right) assert.deepEqual(right, want.right, `${want.id}: the right answers`);
  answers.forEach((a) => assert.ok(a.feedback.trim().length > 0, `${want.id}: feedback on every answer`));
}

for (const locale of ['en', 'fr', 'ar']) {
  test(`GIFT (${locale}): gift-pegjs reads every question and answer of the bank`, () => {
    const file = path.join(dir, `bank-${locale}.gift.txt`);
    tipsomPack('export-gift', locale, file);
    const parsed = parseGift(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(parsed.filter((q) => q.type === 'Category').map((q) => q.title), ['$course$/top/tipsom']);
    const questions = parsed.filter((q) => q.type !== 'Category');
    assert.equal(questions.length, expected.length, 'one question per step');
    questions.forEach((q, i) => {
      const want = expected[i];
      assert.equal(q.type, 'MC', `${want.id} is multiple choice`);
      assert.equal(q.id, want.id);
      assert.deepEqual(q.tags, ['tipsom', want.id.replace(/-\d+$/, '')]);
      assert.equal(q.stem.format, 'plain', `${want.id}: shown as plain text`);
      assert.ok(q.stem.text.length > 20 && q.title.length > 0);
      assert.ok(q.globalFeedback?.text, `${want.id}: general feedback`);
      const answers = q.choices.map((c) => ({
        percent: c.weight ?? (c.isCorrect ? 100 : 0),
        feedback: c.feedback?.text ?? '',
        text: c.text.text,
      }));
      if (want.single) assert.ok(q.choices.every((c) => c.weight === null), `${want.id}: = and ~ only`);
      else assert.ok(q.choices.every((c) => !c.isCorrect && c.weight !== null), `${want.id}: weighted ~ only`);
      checkAnswers(q, want, answers);
    });
    if (locale === 'en') {
      const classify = questions[expected.findIndex((w) => w.kind === 'classify')];
      assert.deepEqual(classify.choices.map((c) => c.text.text),
        ['Trafficking in persons', 'Smuggling of migrants', 'Both', 'Neither']);
    }
  });
}

test('Moodle XML: a well-formed quiz whose questions match the bank, answer for answer', () => {
  const file = path.join(dir, 'bank-fr.xml');
  tipsomPack('export-moodle', 'fr', file);
  const xml = fs.readFileSync(file, 'utf8');
  assert.equal(XMLValidator.validate(xml), true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['question', 'answer', 'tag'].includes(name),
  });
  const quiz = parser.parse(xml).quiz;
  assert.ok(quiz, 'the root is <quiz>');
  const [category, ...questions] = quiz.question;
  assert.equal(category['@type'], 'category');
  assert.equal(category.category.text, '$course$/top/tipsom');
  assert.equal(questions.length, expected.length, 'one question per step');
  questions.forEach((q, i) => {
    const want = expected[i];
    assert.equal(q['@type'], 'multichoice');
    assert.equal(q.idnumber, want.id);
    assert.ok(q.name.text.length > 0);
    for (const part of [q.questiontext, q.generalfeedback]) {
      assert.equal(part['@format'], 'plain_text');
      assert.ok(part.text.trim().length > 0, `${want.id}: text`);
    }
    assert.equal(q.single, want.single ? 'true' : 'false');
    assert.equal(q.shuffleanswers, 'false');
    assert.deepEqual(q.tags.tag.map((t) => t.text), ['tipsom', want.id.replace(/-\d+$/, '')]);
    const answers = q.answer.map((a) => {
      assert.equal(a['@format'], 'plain_text');
      assert.ok(a.text.trim().length > 0);
      assert.equal(a.feedback['@format'], 'plain_text');
      return { percent: Number(a['@fraction']), feedback: a.feedback.text, text: a.text };
    });
    checkAnswers(q, want, answers);
  });
});
