// Picks the words and expressions of a lesson worth teaching, for its glossary.
import type { Cefr, GlossEntry } from '../lesson/model';
import type { Analysis, AnalyzedToken, Upos } from '../text/types';
import { GLOSSARY_POS } from '../lesson/sections/glossary';
import { normalizeApostrophes } from '../lesson/glossMatch';
import { REPORTING_VERBS } from '../quiz/reporting';
import { CEFR, levelVocabulary, tokenRank, type FrequencyRanks } from './level';
import { CALENDAR_WORDS, FALSE_FRIENDS, identicalCognate, nearCognate } from './wordClasses';
import { inName, nameWordsOf } from './nameWord';

const TAUGHT: ReadonlySet<Upos> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);

export type GlossaryRow = Omit<GlossEntry, 'line'>;

/** Words a glossary holds when the learner's level leaves nothing to teach: a lesson always has some. */
export const FALLBACK_ROWS = 5;

/** What the learner brings to an import: keys are `lemma|POS`, or `expression|EXPR`. */
export interface LearnerVocabulary {
  /** Marked known or ignored: never a glossary row. */
  known?: ReadonlySet<string>;
  /** Being learnt (statuses learning-1 to 4): taught before new words, a row is a review. */
  learning?: ReadonlySet<string>;
}

/** What one lesson's selection needs to know about the series and the learner. */
export interface VocabularyContext {
  learnerLevel: Cefr;
  learner?: LearnerVocabulary;
  /** Names taught by earlier lessons of the series (filled in as lessons are made): each once. */
  namesTaught?: Set<string>;
  /** Capitalised words that are part of a name somewhere in the dispatch (`dispatchNameWords`). */
  nameWords?: ReadonlySet<string>;
}

/** A lesson's glossary holds its expressions, then at most this many rows in all. */
export const MAX_ROWS = 24;
/** Words a glossary keeps even when the lesson has many expressions. */
export const MIN_WORD_ROWS = 8;

/** The vocabulary key the reader and the progress use for a row. */
export function vocabularyKey(lemma: string, pos: string): string {
  return `${normalizeApostrophes(lemma.normalize('NFC'))}|${pos}`;
}

/** Verbs the quizzes ask about (who said what, and how): worth a row once a learner may not know them. */
const QUIZ_VERBS: ReadonlySet<string> = new Set(REPORTING_VERBS.map((v) => v.lemma));

/** The English look-alike of a false friend, when no sense of the gloss is it (engagement: …; engagement is not a trap). */
function falseFriendOf(lemma: string, gloss: string): string | undefined {
  const lookAlike = FALSE_FRIENDS.get(lemma);
  return lookAlike !== undefined && !gloss.split(';').some((sense) => identicalCognate(lookAlike, sense)) ? lookAlike : undefined;
}

/** Names in French as in English (Khartoum, Vladimir) teach nothing; accents aside (Séoul) too. */
function sameName(lemma: string, gloss: string | undefined): boolean {
  if (!gloss) return true;
  return identicalCognate(lemma, gloss) || identicalCognate(lemma, gloss.split(/[ (]/)[0] ?? gloss);
}

/**
 * The glossary of one lesson, as a teacher would choose it. First every multi-word expression
 * (in order of appearance); then single words by how much they help this learner:
 * being learnt, a false friend, a verb the quizzes use, in the frequency band just above the
 * learner's level (then the one above it, then rarer ones), a name whose French form differs;
 * cognates spelt like English and automatic glosses count less. Left out: what the learner
 * marked known or ignored; identical cognates (*explosion*), except false friends; weekdays and
 * months above A2; a name spelt as in English (*Khartoum*) or taught earlier in the series
 * (*Soudan* once). At most MAX_ROWS rows (expressions all kept, MIN_WORD_ROWS words at least).
 * When that leaves nothing (an easy text), the rarest words of the text are taught anyway.
 */
export function selectVocabulary(
  analyses: Analysis[],
  ranks: FrequencyRanks,
  learnerLevel: Cefr,
  knownKeys: ReadonlySet<string> = new Set(),
): GlossaryRow[] {
  return selectLessonVocabulary(analyses, ranks, { learnerLevel, learner: { known: knownKeys } });
}

/** Where the sentence holding an offset starts (0 when none does). */
function sentenceStartOf(analysis: Analysis, offset: number): number {
  return analysis.sentences.find((s) => s.start <= offset && offset < s.end)?.start ?? 0;
}

/**
 * The capitalised words that are part of a name in some paragraph of the dispatch (« dont Le Canard
 * Enchaîné prétend »): a name across the whole series (« les révélations du Canard enchaîné » in
 * another lesson), so never glossed as the common word (canard = duck).
 */
export function dispatchNameWords(analyses: readonly Analysis[]): Set<string> {
  return new Set(analyses.flatMap((a) => [...nameWordsOf(a.text, (offset) => sentenceStartOf(a, offset))]));
}

export function selectLessonVocabulary(analyses: Analysis[], ranks: FrequencyRanks, context: VocabularyContext): GlossaryRow[] {
  const known = context.learner?.known ?? new Set<string>();
  const learning = context.learner?.learning ?? new Set<string>();
  const namesTaught = context.namesTaught ?? new Set<string>();
  const level = CEFR.indexOf(context.learnerLevel);
  const covered = levelVocabulary(context.learnerLevel);
  const nextBand = levelVocabulary(CEFR[Math.min(CEFR.length - 1, level + 1)]!);
  const farBand = levelVocabulary(CEFR[Math.min(CEFR.length - 1, level + 2)]!);
  const expressions = new Map<string, GlossaryRow>();
  const words = new Map<string, { row: GlossaryRow; score: number; order: number; name?: string }>();
  const nameOf = (lemma: string) => lemma.toLowerCase();
  for (const analysis of analyses) {
    const inExpression = new Set<number>();
    const names = new Set([...(context.nameWords ?? []), ...nameWordsOf(analysis.text, (offset) => sentenceStartOf(analysis, offset))]);
    for (const e of analysis.expressions) {
      // Only its own tokens: the words inside a discontinuous one (appeler les pays à) are still taught.
      for (const i of e.parts) inExpression.add(i);
      const key = vocabularyKey(e.lemma, 'EXPR');
      if (expressions.has(key) || known.has(key)) continue;
      if (e.upos === 'PROPN' && (namesTaught.has(nameOf(e.lemma)) || sameName(e.lemma, e.gloss))) continue;
      expressions.set(key, { headword: e.lemma, pos: e.upos, gloss: e.gloss, ...(e.note ? { note: e.note } : {}) });
    }
    analysis.tokens.forEach((t, i) => {
      if (inExpression.has(i) || t.kind !== 'word' || !TAUGHT.has(t.upos) || !t.gloss?.trim()) return;
      // « le parti Alternative pour l'Allemagne », « à La Souterraine »: a word of a name tagged as the common word.
      if (t.upos !== 'PROPN' && inName(analysis.text, t.start, t.end, sentenceStartOf(analysis, t.start), names)) return;
      const key = vocabularyKey(t.lemma, t.upos);
      if (words.has(key) || known.has(key)) return;
      const lemma = t.lemma.toLowerCase();
      const falseFriend = falseFriendOf(lemma, t.gloss);
      // A nationality (soudanais: Sudanese) is a name's adjective: once per series, like the name.
      const nationality = t.upos === 'ADJ' && /^\p{Lu}/u.test(t.gloss.trim());
      if (nationality && namesTaught.has(nameOf(t.lemma))) return;
      if (t.upos === 'PROPN') {
        if (namesTaught.has(nameOf(t.lemma)) || !(t.glossSource === 'core') || sameName(t.lemma, t.gloss)) return;
        words.set(key, { row: rowOf(t), score: 1 + (learning.has(key) ? 10 : 0), order: words.size, name: nameOf(t.lemma) });
        return;
      }
      if (level > 1 && CALENDAR_WORDS.has(lemma)) return;
      if (!falseFriend && identicalCognate(t.lemma, t.gloss)) return;
      const rank = tokenRank(t, ranks);
      const quizVerb = t.upos === 'VERB' && QUIZ_VERBS.has(lemma) && rank > covered / 2;
      if (rank <= covered && !falseFriend && !learning.has(key) && !quizVerb) return;
      const band = rank <= covered ? 0 : rank <= nextBand ? 3 : rank <= farBand ? 2 : 1;
      const score = band + (learning.has(key) ? 10 : 0) + (falseFriend ? 3 : 0) + (quizVerb ? 1 : 0) -
        (nearCognate(t.lemma, t.gloss) ? 2 : 0) - (t.glossSource === 'auto' ? 1 : 0);
      const row = rowOf(t);
      if (falseFriend && !row.note) row.note = `false friend: not “${falseFriend}”`;
      words.set(key, { row, score, order: words.size, ...(nationality ? { name: nameOf(t.lemma) } : {}) });
    });
  }
  const room = Math.max(MIN_WORD_ROWS, MAX_ROWS - expressions.size);
  const chosen = [...words.values()].sort((a, b) => b.score - a.score || a.order - b.order).slice(0, room);
  for (const c of chosen) if (c.name) namesTaught.add(c.name);
  for (const e of expressions.values()) if (e.pos === 'PROPN') namesTaught.add(nameOf(e.headword));
  const rows = [...expressions.values(), ...chosen.map((c) => c.row)];
  return rows.length > 0 ? rows : fallbackVocabulary(analyses, ranks, known);
}

/**
 * The FALLBACK_ROWS rarest glossed words of the text, in order of first appearance: its
 * expressions and content words (function words only when it has none), words the learner has
 * not marked known before known ones (a known word is still worth a review). Empty only when no
 * word of the text has a gloss at all.
 */
export function fallbackVocabulary(analyses: Analysis[], ranks: FrequencyRanks, knownKeys: ReadonlySet<string> = new Set()): GlossaryRow[] {
  const candidates = new Map<string, { row: GlossaryRow; order: number; priority: number[] }>();
  const offer = (key: string, row: GlossaryRow, priority: number[]) => {
    if (!candidates.has(key)) candidates.set(key, { row, order: candidates.size, priority: [knownKeys.has(key) ? 1 : 0, ...priority] });
  };
  for (const analysis of analyses) {
    for (const e of analysis.expressions) {
      offer(vocabularyKey(e.lemma, 'EXPR'), { headword: e.lemma, pos: e.upos, gloss: e.gloss, ...(e.note ? { note: e.note } : {}) }, [0, -Infinity]);
    }
    for (const t of analysis.tokens) {
      if (t.kind !== 'word' || !t.gloss?.trim() || !GLOSSARY_POS.includes(t.upos) || namedAsItself(t)) continue;
      offer(vocabularyKey(t.lemma, t.upos), rowOf(t), [TAUGHT.has(t.upos) ? 0 : 1, -tokenRank(t, ranks)]);
    }
  }
  // Function words (le, avec) only when the text has no content word at all.
  const all = [...candidates.values()];
  const content = all.filter((c) => c.priority[1] === 0);
  const byPriority = (content.length > 0 ? content : all).sort((a, b) => compare(a.priority, b.priority) || a.order - b.order);
  return byPriority.slice(0, FALLBACK_ROWS).sort((a, b) => a.order - b.order).map((c) => c.row);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  return 0;
}

/** The note on a glossary row whose gloss the engine made up (no dictionary entry): the quiz never teaches it. */
export const AUTOMATIC_GLOSS_NOTE = 'automatic gloss: check it in a dictionary';

function rowOf(t: AnalyzedToken): GlossaryRow {
  return {
    headword: t.lemma,
    pos: t.upos,
    ...(t.upos === 'NOUN' && t.gender ? { gender: t.gender } : {}),
    gloss: t.gloss!,
    ...(t.glossSource === 'auto' ? { note: AUTOMATIC_GLOSS_NOTE } : {}),
  };
}

/** Names are taught when the English differs (Chine: China, Poutine: Putin), not Vladimir: Vladimir. */
function namedAsItself(t: AnalyzedToken): boolean {
  return t.upos === 'PROPN' && !(t.glossSource === 'core' && t.gloss?.split(/[ ;(]/)[0] !== t.form);
}
