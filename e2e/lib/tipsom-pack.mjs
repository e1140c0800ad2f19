// Runs the content tool (`cargo run --bin tipsom-pack`) from the repository, for tests that check
// its output with independent tools.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `tipsom-pack ARGS...` and returns its standard output. */
export function tipsomPack(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'tipsom-pack', '--', ...args], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A fresh temporary folder. */
export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tipsom-packs-'));
}

/** The whole bank, exported as a pack by the tool, parsed. */
export function bankPack(dir = tempDir()) {
  const file = path.join(dir, 'bank.json');
  tipsomPack('export-pack', file);
  return { file, pack: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

/** Moodle's grades for an answer (question_bank::fraction_options_full), in percent. */
export const MOODLE_PERCENTS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
  14.28571, 12.5, 11.11111, 10, 5, 0];

export function moodleAccepts(percent) {
  return MOODLE_PERCENTS.some((p) => Math.abs(Math.abs(percent) - p) < 0.000001);
}

const VERDICTS = ['trafficking', 'smuggling', 'both', 'neither'];

/**
 * What each step of each case must become: its id, how many answers, which are right (indexes),
 * and whether one or several may be chosen. What-if keys are the engine's: only their count is known.
 */
export function expectedQuestions(pack) {
  return pack.cases.flatMap((c) => c.steps.map((step, i) => {
    const q = step.question;
    const id = `${c.id}-${i + 1}`;
    switch (q.kind) {
      case 'classify':
        return { id, kind: q.kind, answers: 4, right: [VERDICTS.indexOf(q.answer)], single: true };
      case 'elements': {
        const right = q.options.map((o, k) => (q.answer.includes(o) ? k : -1)).filter((k) => k >= 0);
        // With no element present, "none of these" is added as the right answer.
        return right.length
          ? { id, kind: q.kind, answers: q.options.length, right, single: false }
          : { id, kind: q.kind, answers: q.options.length + 1, right: [q.options.length], single: false };
      }
      case 'action':
        return {
          id, kind: q.kind, answers: q.options.length, single: !q.multiple,
          right: q.options.map((o, k) => (o.correct ? k : -1)).filter((k) => k >= 0),
        };
      case 'indicators':
        return {
          id, kind: q.kind, answers: q.sentences.length, single: false,
          right: q.sentences.map((s, k) => (s.indicator ? k : -1)).filter((k) => k >= 0),
        };
      case 'what-if':
        return { id, kind: q.kind, answers: q.options.length, right: null, single: true };
      default:
        throw new Error(`unknown kind ${q.kind}`);
    }
  }));
}
