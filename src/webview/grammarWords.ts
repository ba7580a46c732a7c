// Grammar in words for learners: "noun, masculine" rather than "NOUN m".
import type { Gender, Upos } from '../core/text/types';

const POS_WORDS: Record<Upos, string> = {
  ADJ: 'adjective',
  ADP: 'preposition',
  ADV: 'adverb',
  AUX: 'auxiliary verb',
  CCONJ: 'conjunction',
  DET: 'determiner',
  INTJ: 'interjection',
  NOUN: 'noun',
  NUM: 'number',
  PART: 'particle',
  PRON: 'pronoun',
  PROPN: 'proper noun',
  PUNCT: 'punctuation',
  SCONJ: 'subordinating conjunction',
  SYM: 'symbol',
  VERB: 'verb',
  X: 'other',
};

const GENDER_WORDS: Record<Gender, string> = {
  m: 'masculine',
  f: 'feminine',
  'm/f': 'masculine or feminine',
};

export function posInWords(pos: Upos): string {
  return POS_WORDS[pos] ?? pos;
}

export function genderInWords(gender: Gender): string {
  return GENDER_WORDS[gender] ?? gender;
}

/** "expression (noun), masculine", "verb", "noun, feminine". */
export function grammarLine(unit: { pos: Upos; gender?: Gender; multiword: boolean }): string {
  const pos = posInWords(unit.pos);
  const head = unit.multiword ? `expression (${pos})` : pos;
  return unit.gender ? `${head}, ${genderInWords(unit.gender)}` : head;
}

/** The first sense of a gloss (`;` separates senses), for the compact interlinear line. */
export function firstSense(gloss: string): string {
  return (gloss.split(';')[0] ?? gloss).trim();
}
