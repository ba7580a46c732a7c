// How much of the blind reviews' faults the French check of the safety net (frenchCheck.ts) now
// catches: every judged item of the review TSVs rebuilt as the learner saw it, checked, counted.
// Usage: npx tsx test/eval/quizNetOnReviews.ts [FILE.tsv …] [--list]
import * as fs from 'node:fs';
import type { Entities } from '../../src/core/quiz/entities';
import { frenchProblems, personFeminine } from '../../src/core/quiz/frenchCheck';
import type { QuizItem } from '../../src/core/quiz/types';

export interface ReviewRow {
  file: string;
  n: string;
  kind: string;
  prompt: string;
  shown: string;
  judgement: string;
  reason: string;
}

export function readReview(file: string): ReviewRow[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { file, n: c[1] ?? '', kind: c[4] ?? '', prompt: c[5] ?? '', shown: c[6] ?? '', judgement: c[7] ?? '', reason: c[8] ?? '' };
    });
}

const lastQuoted = (s: string): string => [...s.matchAll(/«\s?([^«»]*?)\s?»/gu)].pop()?.[1]?.trim() ?? '';

/** The item a review row shows, rebuilt (evidence and keys unknown). */
export function itemOf(row: ReviewRow): QuizItem {
  const parts = row.shown.split(' | ');
  const answer = Math.max(0, parts.findIndex((p) => /^\[.*\]$/u.test(p)));
  const choices = parts.map((p) => p.replace(/^\[(.*)\]$/u, '$1'));
  const common = { id: row.n, prompt: row.prompt, evidence: { start: 0, end: 0 }, explanation: '', keys: [] as string[] };
  const [kind = '', focus = ''] = row.kind.split('/');
  switch (kind) {
    case 'comprehension':
      return { ...common, kind, focus: focus as never, format: focus === 'truefalse' ? 'truefalse' : 'choice', choices, answer };
    case 'fr-en':
      return { ...common, kind, term: lastQuoted(row.prompt), pos: 'NOUN', choices, answer };
    case 'en-fr':
      return { ...common, kind, gloss: lastQuoted(row.prompt), pos: 'NOUN', choices, answer };
    case 'match':
    case 'title-person': {
      const pairs = parts.map((p) => p.split(' = '));
      return { ...common, kind, left: pairs.map((p) => p[0] ?? ''), right: pairs.map((p) => p.slice(1).join(' = ')), answer: pairs.map((_, i) => i), pairEvidence: [] };
    }
    case 'cloze': {
      const hint = /\(([^()]*…)\)/u.exec(row.prompt)?.[1] ?? '';
      const typed = /\[(.*)\]/u.exec(row.shown)?.[1] ?? '';
      return { ...common, kind, answer: typed, lemma: typed.toLowerCase(), pos: 'NOUN', hint, before: '', after: '', blank: { start: 0, end: 0 } };
    }
    case 'collocation': {
      const q = lastQuoted(row.prompt);
      const [before = '', after = ''] = q.split('_____');
      return { ...common, kind, collocation: '', choices, answer, before, after, blank: { start: 0, end: 0 } };
    }
    default:
      return { ...common, kind: 'reporting-verb', verb: '', choices, answer };
  }
}

/** The people a row names whose gender a given name tells: the entities a review row lets us know. */
export function entitiesOf(row: ReviewRow): Entities {
  const names = new Set<string>();
  for (const m of `${row.prompt} | ${row.shown}`.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)+)/gu)) {
    if (personFeminine(m[1] as string, undefined) !== undefined) names.add(m[1] as string);
  }
  return {
    people: [...names].map((name) => ({ name, short: name, feminine: personFeminine(name, undefined), mentions: [] })),
    organisations: [],
    places: [],
    times: [],
  };
}

function main(argv: string[]): void {
  const list = argv.includes('--list');
  const files = argv.filter((a) => a.endsWith('.tsv'));
  let invalid = 0;
  let caught = 0;
  let valid = 0;
  let dropped = 0;
  for (const file of files) {
    for (const row of readReview(file)) {
      const problems = frenchProblems(itemOf(row), '', entitiesOf(row));
      if (row.judgement === 'invalid') {
        invalid++;
        if (problems.length) caught++;
        if (list) console.log(`${problems.length ? 'CAUGHT' : 'missed'}\t${file.replace(/^.*\//u, '')}\t${row.n}\t${problems.join('; ')}\t${row.reason.slice(0, 90)}`);
      } else if (row.judgement === 'valid') {
        valid++;
        if (problems.length) {
          dropped++;
          if (list) console.log(`DROPPED\t${file.replace(/^.*\//u, '')}\t${row.n}\t${problems.join('; ')}\t${row.prompt.slice(0, 80)} || ${row.shown.slice(0, 80)}`);
        }
      }
    }
  }
  console.log(`invalid items caught: ${caught} of ${invalid}; valid items dropped: ${dropped} of ${valid}`);
}

if (require.main === module) main(process.argv.slice(2));
