// The level estimate against a labelled set: the graded texts of test/eval/level/graded-texts.txt
// and the dispatches listed in test/eval/level/dispatches.tsv, each with the level its authors gave
// it. Reports exact agreement and agreement within one level, and every text's estimate.
// `npx tsx test/eval/levelAgreement.ts [--data DIR]` runs it alone; `npm run eval` runs it last.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CEFR, estimateLevel, levelFeatures, levelScore, type FrequencyRanks } from '../../src/core/import/level';
import type { Cefr } from '../../src/core/lesson/model';
import type { Analyzer } from '../../src/core/text/types';
import { sharedPath } from '../unit/helpers/shared';

const LEVEL_DIR = join(__dirname, 'level');
const ROOT = join(__dirname, '..', '..');

export interface LabelledText {
  id: string;
  level: Cefr;
  paragraphs: string[];
}

/** "## B1 id" blocks; lines starting with # outside a block are comments. */
export function readGradedTexts(text: string): LabelledText[] {
  const out: LabelledText[] = [];
  for (const block of text.split(/^## /m).slice(1)) {
    const [head, ...body] = block.split('\n');
    const [level, id] = (head ?? '').trim().split(/\s+/);
    if (!CEFR.includes(level as Cefr) || !id) throw new Error(`graded-texts.txt: bad block heading "## ${head}".`);
    out.push({ id, level: level as Cefr, paragraphs: body.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) });
  }
  return out;
}

/** Dispatch files (path from the repository root, a level, a reason), one per line. */
function readDispatches(): LabelledText[] {
  return readFileSync(join(LEVEL_DIR, 'dispatches.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((line) => {
    const [file, level] = line.split('\t');
    // The team's shared folder is beside the repository in CI, elsewhere in a worktree or a clone.
    const shared = /^\.\.\/shared\//.exec(file!);
    const path = file!.startsWith('/') ? file! : shared ? sharedPath(...file!.slice(shared[0].length).split('/')) : join(ROOT, file!);
    const paragraphs = readFileSync(path, 'utf8').split('\n').map((l) => l.trim())
      .filter((l) => l && !/^(?:Dernière )?mise à jour/i.test(l)).map((l) => l.replace(/^[A-ZÀ-Ý' -]+,[^(]{0,30}\((?:AFP|Reuters|Xinhua)\)\s*-\s*/, ''));
    return { id: file!.replace(/^.*\//, ''), level: level as Cefr, paragraphs };
  });
}

export interface LevelAgreement {
  total: number;
  exact: number;
  withinOne: number;
  rows: { id: string; gold: Cefr; estimate: Cefr; score: number }[];
}

/** The texts the anchors were set on ('tuning'), and those written after and never used to change them. */
export function labelledTexts(set: 'tuning' | 'held-out'): LabelledText[] {
  if (set === 'held-out') return readGradedTexts(readFileSync(join(LEVEL_DIR, 'held-out-texts.txt'), 'utf8'));
  return [...readGradedTexts(readFileSync(join(LEVEL_DIR, 'graded-texts.txt'), 'utf8')), ...readDispatches()];
}

export function measureLevelAgreement(analyzer: Analyzer, ranks: FrequencyRanks, texts: LabelledText[]): LevelAgreement {
  const rows = texts.map((t) => {
    const analyses = t.paragraphs.map((p) => analyzer.analyze(p));
    return { id: t.id, gold: t.level, estimate: estimateLevel(analyses, ranks), score: levelScore(levelFeatures(analyses, ranks)) };
  });
  const off = (r: (typeof rows)[number]) => Math.abs(CEFR.indexOf(r.gold) - CEFR.indexOf(r.estimate));
  return { total: rows.length, exact: rows.filter((r) => off(r) === 0).length, withinOne: rows.filter((r) => off(r) <= 1).length, rows };
}

export function formatLevelAgreement(a: LevelAgreement, name: string, detail = false): string {
  const pct = (n: number) => `${((100 * n) / a.total).toFixed(1)}%`;
  const lines = [`level estimate, ${name}: exact ${pct(a.exact)} (${a.exact}/${a.total}), within one level ${pct(a.withinOne)} (${a.withinOne}/${a.total})`];
  if (detail) for (const r of a.rows) lines.push(`  ${r.gold} -> ${r.estimate} (${r.score.toFixed(2)})  ${r.id}`);
  return lines.join('\n');
}

if (require.main === module) {
  const { importDepsFromData } = require('../../src/core/import/deps') as typeof import('../../src/core/import/deps');
  const i = process.argv.indexOf('--data');
  const deps = importDepsFromData(i > 0 ? process.argv[i + 1] : join(ROOT, 'dist', 'data'));
  for (const set of ['tuning', 'held-out'] as const) {
    console.log(formatLevelAgreement(measureLevelAgreement(deps.analyzer, deps.ranks, labelledTexts(set)), `${set} set`, true));
  }
}
