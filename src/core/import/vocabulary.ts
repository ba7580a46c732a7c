// Picks the words and expressions of a lesson worth teaching, for its glossary.
import type { Cefr, GlossEntry } from '../lesson/model';
import type { Analysis, AnalyzedToken, Upos } from '../text/types';
import { GLOSSARY_POS } from '../lesson/sections/glossary';
import { levelVocabulary, tokenRank, type FrequencyRanks } from './level';

const TAUGHT: ReadonlySet<Upos> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);

export type GlossaryRow = Omit<GlossEntry, 'line'>;

/** Words a glossary holds when the learner's level leaves nothing to teach: a lesson always has some. */
export const FALLBACK_ROWS = 5;

/**
 * Every multi-word expression, then every content lemma rarer than the learner's level covers,
 * in order of first appearance, once each. Lemmas the learner already knows (`knownKeys`,
 * `lemma|POS`) are left out; automatic glosses say so in their note. When that leaves nothing
 * (an easy text), the rarest words of the text are taught anyway (see fallbackVocabulary).
 */
export function selectVocabulary(
  analyses: Analysis[],
  ranks: FrequencyRanks,
  learnerLevel: Cefr,
  knownKeys: ReadonlySet<string> = new Set(),
): GlossaryRow[] {
  const covered = levelVocabulary(learnerLevel);
  const rows = new Map<string, GlossaryRow>();
  for (const analysis of analyses) {
    const inExpression = new Set<number>();
    for (const e of analysis.expressions) {
      // Only its own tokens: the words inside a discontinuous one (appeler les pays à) are still taught.
      for (const i of e.parts) inExpression.add(i);
      const key = `${e.lemma}|EXPR`;
      if (!rows.has(key) && !knownKeys.has(key)) {
        rows.set(key, { headword: e.lemma, pos: e.upos, gloss: e.gloss, ...(e.note ? { note: e.note } : {}) });
      }
    }
    analysis.tokens.forEach((t, i) => {
      if (inExpression.has(i) || !worthTeaching(t, ranks, covered)) return;
      const key = `${t.lemma}|${t.upos}`;
      if (rows.has(key) || knownKeys.has(key)) return;
      rows.set(key, rowOf(t));
    });
  }
  return rows.size > 0 ? [...rows.values()] : fallbackVocabulary(analyses, ranks, knownKeys);
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
      offer(`${e.lemma}|EXPR`, { headword: e.lemma, pos: e.upos, gloss: e.gloss, ...(e.note ? { note: e.note } : {}) }, [0, -Infinity]);
    }
    for (const t of analysis.tokens) {
      if (t.kind !== 'word' || !t.gloss?.trim() || !GLOSSARY_POS.includes(t.upos) || namedAsItself(t)) continue;
      offer(`${t.lemma}|${t.upos}`, rowOf(t), [TAUGHT.has(t.upos) ? 0 : 1, -tokenRank(t, ranks)]);
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

function rowOf(t: AnalyzedToken): GlossaryRow {
  return {
    headword: t.lemma,
    pos: t.upos,
    ...(t.upos === 'NOUN' && t.gender ? { gender: t.gender } : {}),
    gloss: t.gloss!,
    ...(t.glossSource === 'auto' ? { note: 'automatic gloss: check it in a dictionary' } : {}),
  };
}

function worthTeaching(t: AnalyzedToken, ranks: FrequencyRanks, covered: number): boolean {
  if (!TAUGHT.has(t.upos) || !t.gloss) return false;
  if (t.upos === 'PROPN') return !namedAsItself(t);
  return tokenRank(t, ranks) > covered;
}

/** Names are taught when the English differs (Chine: China, Poutine: Putin), not Vladimir: Vladimir. */
function namedAsItself(t: AnalyzedToken): boolean {
  return t.upos === 'PROPN' && !(t.glossSource === 'core' && t.gloss?.split(/[ ;(]/)[0] !== t.form);
}
