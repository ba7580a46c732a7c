// What a rule that keeps a vocabulary item out would drop from the judged reviews: each judged
// vocabulary item of the review TSVs, found back in its lesson (re-imported by the real importer),
// and counted valid or invalid when the rule would have kept it out. A rule worth having drops
// invalid items and few valid ones.
// Usage: npx tsx test/eval/quizRulesOnReviews.ts FILE.tsv … [--list]
//   rule « reading »: the taught word's reading is one its neighbours contradict (source.ts, readingInDoubt);
//   rule « homograph »: the taught word's spelling is another word's too, with no cue for the reading (homographInDoubt);
//   rule « literal »: every match of the taught expression is literal-prone (expressionLiteralProne);
//   rule « pronominal »: every match of the taught expression is in doubt by occurrenceInDoubt (« se fera avec »);
//   rule « one-item »: the taught lemma is already taught by an earlier vocabulary item of the same quiz.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fold } from '../../src/core/quiz/french';
import { expressionLiteralProne, homographInDoubt, occurrenceInDoubt, readingInDoubt } from '../../src/core/quiz/source';
import { Lexicon } from '../../src/core/text/lexicon';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { importedLessons, type ImportedLessonInputs } from '../unit/quizDispatches';
import { readReview, type ReviewRow } from './quizNetOnReviews';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** The dispatch file a review's lesson name comes from (« 2017_01_12-001/02 » → …/2017/01/2017_01_12-001.txt). */
function dispatchFile(lesson: string): string | undefined {
  const base = `${lesson.split('/')[0]}.txt`;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === base) found.push(path.join(dir, e.name));
    }
  };
  walk(FIXTURES);
  return found[0];
}

interface LessonWords {
  /** Folded surface or lemma → the unit's lemma, for every glossed single word or expression. */
  lemmaOf: Map<string, string>;
  /** Lemmas with an occurrence whose reading its neighbours contradict (a fr-en or cloze item may quote it). */
  doubted: Set<string>;
  /** Lemmas whose every occurrence is so: the entry is gone, and no item of any kind teaches it. */
  gone: Set<string>;
  /** The same two for the homograph gate (homographInDoubt). */
  homographDoubted: Set<string>;
  homographGone: Set<string>;
  /** Expressions whose every match is literal-prone (expressionLiteralProne). */
  literalGone: Set<string>;
  /** Expressions whose every match is in doubt by occurrenceInDoubt (a pronominal use of a plain verb's expression: « se fera avec »). */
  pronominalGone: Set<string>;
}

const lexicon = new Lexicon(analysisDataDir());
const readings = (form: string): { lemma: string; upos: import('../../src/core/text/types').Upos }[] => lexicon.lookup(form);

const lessons = new Map<string, Promise<Map<string, LessonWords>>>();

async function wordsOf(lesson: string): Promise<LessonWords | undefined> {
  const file = dispatchFile(lesson);
  if (!file) return undefined;
  if (!lessons.has(file)) {
    lessons.set(file, importedLessons(file).then((all: ImportedLessonInputs[]) => new Map(all.map((l) => [l.name, analyse(l)]))));
  }
  return (await lessons.get(file))?.get(lesson);
}

function analyse(inputs: ImportedLessonInputs): LessonWords {
  const { doc, analysis } = inputs;
  const lemmaOf = new Map<string, string>();
  const doubted = new Set<string>();
  const kept = new Set<string>();
  const homographDoubted = new Set<string>();
  const homographKept = new Set<string>();
  const literal = new Set<string>();
  const literalKept = new Set<string>();
  const pronominal = new Set<string>();
  const pronominalKept = new Set<string>();
  const tokenAt = new Map(analysis.tokens.map((t, i) => [t.start, i]));
  for (const unit of doc.units) {
    lemmaOf.set(fold(unit.text), unit.lemma);
    lemmaOf.set(fold(unit.lemma), unit.lemma);
    if (unit.origin === 'inline') continue;
    if (unit.multiword) {
      for (const e of analysis.expressions) {
        if (fold(e.lemma) !== fold(unit.lemma)) continue;
        if (expressionLiteralProne(analysis.tokens, e, analysis.text)) literal.add(unit.lemma);
        else literalKept.add(unit.lemma);
        const start = analysis.tokens[e.first]!.start;
        if (occurrenceInDoubt(unit, analysis.text.slice(Math.max(0, start - 16), start))) pronominal.add(unit.lemma);
        else pronominalKept.add(unit.lemma);
      }
      continue;
    }
    // The unit's first token: the analysis token of its spelling (units carry no offsets of their own).
    for (const [start, i] of tokenAt) {
      const t = analysis.tokens[i]!;
      if (t.lemma !== unit.lemma || analysis.text.slice(start, t.end) !== unit.text) continue;
      if (readingInDoubt(analysis.tokens, i, analysis.text)) doubted.add(unit.lemma);
      else kept.add(unit.lemma);
      if (homographInDoubt(analysis.tokens, i, analysis.text, readings)) homographDoubted.add(unit.lemma);
      else homographKept.add(unit.lemma);
    }
  }
  return {
    lemmaOf,
    doubted,
    gone: new Set([...doubted].filter((l) => !kept.has(l))),
    homographDoubted,
    homographGone: new Set([...homographDoubted].filter((l) => !homographKept.has(l))),
    literalGone: new Set([...literal].filter((l) => !literalKept.has(l))),
    pronominalGone: new Set([...pronominal].filter((l) => !pronominalKept.has(l))),
  };
}

const lastQuoted = (s: string): string => [...s.matchAll(/«\s?([^«»]*?)\s?»/gu)].pop()?.[1]?.trim() ?? '';

/** The lemmas a judged vocabulary item teaches. */
function taught(row: ReviewRow, words: LessonWords): string[] {
  const parts = row.shown.split(' | ');
  const look = (s: string): string => words.lemmaOf.get(fold(s)) ?? s;
  switch (row.kind) {
    case 'match':
      return parts.map((p) => look(p.split(' = ')[0] ?? ''));
    case 'en-fr':
      return parts.filter((p) => /^\[.*\]$/u.test(p)).map((p) => look(p.slice(1, -1)));
    case 'fr-en':
      return [look(lastQuoted(row.prompt))];
    case 'cloze': {
      const typed = /\[(.*)\]/u.exec(row.shown)?.[1];
      return typed ? [look(typed)] : [];
    }
    default:
      return [];
  }
}

async function main(argv: string[]): Promise<void> {
  const list = argv.includes('--list');
  const tally = { reading: { valid: 0, invalid: 0 }, oneItem: { valid: 0, invalid: 0 }, homograph: { valid: 0, invalid: 0 }, literal: { valid: 0, invalid: 0 }, pronominal: { valid: 0, invalid: 0 } };
  let invalid = 0;
  let judged = 0;
  for (const file of argv.filter((a) => a.endsWith('.tsv'))) {
    const raw = fs.readFileSync(file, 'utf8').split('\n');
    const lessonCol = raw[0]?.split('\t').indexOf('lesson') ?? -1;
    const rows = readReview(file);
    const lessonsOf = raw.slice(1).filter((l) => l.trim()).map((l) => l.split('\t')[lessonCol] ?? '');
    const seen = new Map<string, Set<string>>();
    for (const [i, row] of rows.entries()) {
      if (row.judgement !== 'valid' && row.judgement !== 'invalid') continue;
      const lesson = lessonsOf[i] ?? '';
      const words = await wordsOf(lesson);
      if (!words || !['match', 'en-fr', 'fr-en', 'cloze'].includes(row.kind)) continue;
      judged++;
      if (row.judgement === 'invalid') invalid++;
      const lemmas = taught(row, words);
      const quiz = `${row.file}|${lesson}|${raw[i + 1]?.split('\t')[0]}`;
      const before = seen.get(quiz) ?? new Set<string>();
      seen.set(quiz, before);
      const say = (rule: string): void => {
        if (list) console.log(`${rule}\t${row.judgement}\t${file.replace(/^.*\//u, '')}\t${row.n}\t${lemmas.join(', ')}\t${row.reason.slice(0, 80)}`);
      };
      const quotes = row.kind === 'fr-en' || row.kind === 'cloze';
      if (lemmas.some((l) => words.gone.has(l) || (quotes && words.doubted.has(l)))) {
        tally.reading[row.judgement]++;
        say('reading');
      }
      if (lemmas.some((l) => words.homographGone.has(l) || (quotes && words.homographDoubted.has(l)))) {
        tally.homograph[row.judgement]++;
        say('homograph');
      }
      if (lemmas.some((l) => words.literalGone.has(l))) {
        tally.literal[row.judgement]++;
        say('literal');
      }
      if (lemmas.some((l) => words.pronominalGone.has(l))) {
        tally.pronominal[row.judgement]++;
        say('pronominal');
      }
      if (lemmas.some((l) => before.has(l))) {
        tally.oneItem[row.judgement]++;
        say('one-item');
      }
      for (const l of lemmas) before.add(l);
    }
  }
  console.log(`judged vocabulary items: ${judged}, ${invalid} invalid`);
  console.log(`rule homograph: drops ${tally.homograph.invalid} invalid, ${tally.homograph.valid} valid`);
  console.log(`rule literal: drops ${tally.literal.invalid} invalid, ${tally.literal.valid} valid`);
  console.log(`rule pronominal (expressions): drops ${tally.pronominal.invalid} invalid, ${tally.pronominal.valid} valid`);
  console.log(`rule reading: drops ${tally.reading.invalid} invalid, ${tally.reading.valid} valid`);
  console.log(`rule one-item: drops ${tally.oneItem.invalid} invalid, ${tally.oneItem.valid} valid`);
}

void main(process.argv.slice(2));
