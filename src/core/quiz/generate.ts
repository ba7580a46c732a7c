// generateQuiz: every generator runs on its own seeded stream, invalid items are dropped, and a
// mix of kinds is drawn: comprehension first in weight, then the vocabulary kinds in turn.
import type { Lesson, ReaderDocument } from '../lesson/model';
import type { Analysis } from '../text/types';
import { findEntities, type Entities } from './entities';
import { authoredQuestions, generatedComprehension } from './generators/comprehension';
import { collocationItems } from './generators/collocation';
import { titlePersonItems } from './generators/names';
import { reportingVerbItems } from './generators/reportingVerb';
import { clozeItems, enFrItems, frEnItems, matchItems } from './generators/vocabulary';
import { createRng, deriveSeed, shuffle, type Rng } from './rng';
import { buildQuizSource, type QuizSource } from './source';
import { QUIZ_KINDS, QUIZ_SCHEMA_VERSION, type Quiz, type QuizItem, type QuizKind, type QuizOptions } from './types';
import { teacherProblems } from './quality';
import { validateItem } from './validate';

export const DEFAULT_QUIZ_SIZE = 10;
/** Share of a quiz given to comprehension when the lesson offers enough. */
const COMPREHENSION_SHARE = 0.4;

type Draft = Omit<QuizItem, 'id'>;
type Generator = (source: QuizSource, entities: Entities, rng: Rng, options: QuizOptions) => Draft[];

const GENERATORS: Record<QuizKind, Generator> = {
  comprehension: (source, entities, rng, options) => {
    const authored = authoredQuestions(source);
    return authored.length > 0 && !options.generatedComprehension ? authored : generatedComprehension(source, entities, rng);
  },
  'fr-en': (source, _e, rng) => frEnItems(source, rng),
  'en-fr': (source, _e, rng) => enFrItems(source, rng),
  cloze: (source) => clozeItems(source),
  match: (source, _e, rng) => matchItems(source, rng),
  collocation: (source, _e, rng, options) => collocationItems(source, rng, options.governed),
  'title-person': (_s, entities, rng) => titlePersonItems(entities, rng),
  'reporting-verb': (source, _e, rng) => reportingVerbItems(source, rng),
};

/** Every item each kind's generator drafts for the lesson, checked or not (the validity test reads these). */
export function draftItems(source: QuizSource, options: QuizOptions, entities: Entities = findEntities(source)): Map<QuizKind, QuizItem[]> {
  const pools = new Map<QuizKind, QuizItem[]>();
  for (const kind of options.kinds ?? QUIZ_KINDS) {
    const rng = createRng(deriveSeed(options.seed, kind));
    const drafts = GENERATORS[kind](source, entities, rng, options);
    pools.set(kind, drafts.map((d, i) => ({ ...d, id: `${kind}-${i + 1}` }) as QuizItem));
  }
  return pools;
}

/**
 * Every valid item each kind can offer for the lesson, before any selection. The generators aim to
 * draft only items a teacher would pass (the validity test holds them to it); the checks here are
 * the safety net that keeps a learner from ever seeing one that slipped through.
 */
export function candidateItems(source: QuizSource, options: QuizOptions): Map<QuizKind, QuizItem[]> {
  const entities = findEntities(source);
  const pools = draftItems(source, options, entities);
  for (const [kind, items] of pools) {
    pools.set(kind, items.filter((item) => validateItem(item, source.text) && teacherProblems(item, source.text, entities).length === 0));
  }
  return pools;
}

/** Whether a true/false item's right answer is « Vrai ». */
function trueStatement(item: QuizItem): boolean | undefined {
  return item.kind === 'comprehension' && item.format === 'truefalse' && item.focus !== 'authored' ? item.answer === 0 : undefined;
}

/**
 * The next comprehension item to take: never a second true/false on a sentence already asked about,
 * and as many true statements as false ones (the side behind goes first), so that « Faux » three
 * times running tells nothing. -1 when none is left.
 */
function nextComprehension(pool: readonly QuizItem[], picked: readonly QuizItem[]): number {
  const asked = picked.filter((i) => trueStatement(i) !== undefined);
  const trues = asked.filter((i) => trueStatement(i)).length;
  const falses = asked.length - trues;
  const usable = (i: QuizItem): boolean => trueStatement(i) === undefined || !asked.some((a) => a.evidence.start === i.evidence.start);
  const want = trues === falses ? undefined : trues < falses;
  const balanced = pool.findIndex((i) => usable(i) && (trueStatement(i) === undefined || want === undefined || trueStatement(i) === want));
  return balanced >= 0 ? balanced : want === undefined ? -1 : pool.findIndex((i) => usable(i) && trueStatement(i) === undefined);
}

/** A quiz on the lesson, the same for the same lesson and seed. */
export function generateQuiz(lesson: Lesson, doc: ReaderDocument, analysis: Analysis, options: QuizOptions): Quiz {
  const source = buildQuizSource(lesson, doc, analysis, options.rank, options.readings);
  const pools = candidateItems(source, options);
  const rng = createRng(deriveSeed(options.seed, 'selection'));
  const size = options.size ?? DEFAULT_QUIZ_SIZE;
  const shuffled = new Map([...pools].map(([k, items]) => [k, shuffle(items, rng)]));
  const picked: QuizItem[] = [];
  // One vocabulary item per word: a sense the analysis got wrong (« l'offensive » read as the adjective
  // *offensif*) then costs one item of the quiz, not three, and the quiz teaches more words.
  const taught = new Set<string>();
  const take = (kind: QuizKind): boolean => {
    const pool = shuffled.get(kind) ?? [];
    const at = kind === 'comprehension' ? nextComprehension(pool, picked) : pool.findIndex((i) => !i.keys.some((k) => taught.has(k)));
    if (at < 0) return false;
    const [item] = pool.splice(at, 1);
    for (const k of item!.keys) taught.add(k);
    picked.push(item!);
    return true;
  };
  const vocabularyKinds = shuffle([...shuffled.keys()].filter((k) => k !== 'comprehension'), rng);
  const comprehensionQuota = vocabularyKinds.length ? Math.ceil(size * COMPREHENSION_SHARE) : size;
  while (picked.length < comprehensionQuota && take('comprehension'));
  // Vocabulary kinds in turn, then anything left, until the quiz is full or every pool is empty.
  let progress = true;
  while (picked.length < size && progress) {
    progress = false;
    for (const kind of [...vocabularyKinds, 'comprehension' as const]) {
      if (picked.length >= size) break;
      progress = take(kind) || progress;
    }
  }
  return { schemaVersion: QUIZ_SCHEMA_VERSION, lessonId: lesson.id, seed: options.seed, items: shuffle(picked, rng) };
}
