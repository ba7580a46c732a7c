// The encoding of one lexicon entry in dist/data/lexicon.tsv, shared by the build and the reader.
// A line is `form<TAB>entry<TAB>entry…`; an entry is tag, morph, then the lemma as an edit of
// the form: `<chars to drop from the end><suffix to add>`, or `=<lemma>` when that is shorter.
import type { Upos } from './types';

/** N noun, V verb, A adjective, R adverb, P proper noun, S adposition, Q/C conjunctions, D det, O pronoun. */
export type LexTag = 'N' | 'V' | 'A' | 'R' | 'P' | 'S' | 'Q' | 'C' | 'D' | 'O';

/** Verbs: i infinitive, k past participle, g present participle, f finite. Nouns/adjectives:
 *  m/f gender, - unknown; p an adjective that is a past participle. */
export type LexMorph = 'i' | 'k' | 'g' | 'f' | 'm' | 'f' | '-' | 'p';

export const TAG_UPOS: Record<LexTag, Upos> = {
  N: 'NOUN', V: 'VERB', A: 'ADJ', R: 'ADV', P: 'PROPN', S: 'ADP', Q: 'SCONJ', C: 'CCONJ', D: 'DET', O: 'PRON',
};

export interface LexEntry {
  upos: Upos;
  morph: LexMorph;
  lemma: string;
}

export function encodeEntry(form: string, tag: LexTag, morph: LexMorph, lemma: string): string {
  let common = 0;
  while (common < form.length && common < lemma.length && form[common] === lemma[common]) common++;
  const drop = form.length - common;
  const add = lemma.slice(common);
  const edit = /^\d/.test(add) || String(drop).length + add.length > lemma.length + 1 ? `=${lemma}` : `${drop}${add}`;
  return `${tag}${morph}${edit}`;
}

export function decodeEntry(form: string, entry: string): LexEntry {
  const upos = TAG_UPOS[entry[0] as LexTag] ?? 'X';
  const morph = entry[1] as LexMorph;
  const edit = entry.slice(2);
  if (edit.startsWith('=')) return { upos, morph, lemma: edit.slice(1) };
  const m = /^(\d+)(.*)$/s.exec(edit);
  const drop = m ? Number(m[1]) : 0;
  return { upos, morph, lemma: form.slice(0, form.length - drop) + (m ? m[2] : edit) };
}
