// Picks the words and expressions of a lesson worth teaching, for its glossary.
import type { Cefr, GlossEntry } from '../lesson/model';
import type { Analysis, AnalyzedToken, Upos } from '../text/types';
import { levelVocabulary, tokenRank, type FrequencyRanks } from './level';

const TAUGHT: ReadonlySet<Upos> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);

export type GlossaryRow = Omit<GlossEntry, 'line'>;

/**
 * Every multi-word expression, then every content lemma rarer than the learner's level covers,
 * in order of first appearance, once each. Lemmas the learner already knows (`knownKeys`,
 * `lemma|POS`) are left out; automatic glosses say so in their note.
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
      for (let i = e.first; i <= e.last; i++) inExpression.add(i);
      const key = `${e.lemma}|EXPR`;
      if (!rows.has(key) && !knownKeys.has(key)) {
        rows.set(key, { headword: e.lemma, pos: e.upos, gloss: e.gloss, ...(e.note ? { note: e.note } : {}) });
      }
    }
    analysis.tokens.forEach((t, i) => {
      if (inExpression.has(i) || !worthTeaching(t, ranks, covered)) return;
      const key = `${t.lemma}|${t.upos}`;
      if (rows.has(key) || knownKeys.has(key)) return;
      rows.set(key, {
        headword: t.lemma,
        pos: t.upos,
        ...(t.upos === 'NOUN' && t.gender ? { gender: t.gender } : {}),
        gloss: t.gloss!,
        ...(t.glossSource === 'auto' ? { note: 'automatic gloss: check it in a dictionary' } : {}),
      });
    });
  }
  return [...rows.values()];
}

function worthTeaching(t: AnalyzedToken, ranks: FrequencyRanks, covered: number): boolean {
  if (!TAUGHT.has(t.upos) || !t.gloss) return false;
  // Names are taught when the English differs (Chine: China, Poutine: Putin), not Vladimir: Vladimir.
  if (t.upos === 'PROPN') return t.glossSource === 'core' && t.gloss.split(/[ ;(]/)[0] !== t.form;
  return tokenRank(t, ranks) > covered;
}
