// Grammar in words for learners: "noun, masculine" rather than "NOUN m".
import * as l10n from '@vscode/l10n';
import type { Gender, Upos } from '../core/text/types';

/** The part of speech in words; a function so that it speaks the interface language. */
export function posInWords(pos: Upos): string {
  switch (pos) {
    case 'ADJ': return l10n.t('adjective');
    case 'ADP': return l10n.t('preposition');
    case 'ADV': return l10n.t('adverb');
    case 'AUX': return l10n.t('auxiliary verb');
    case 'CCONJ': return l10n.t('conjunction');
    case 'DET': return l10n.t('determiner');
    case 'INTJ': return l10n.t('interjection');
    case 'NOUN': return l10n.t('noun');
    case 'NUM': return l10n.t('number');
    case 'PART': return l10n.t('particle');
    case 'PRON': return l10n.t('pronoun');
    case 'PROPN': return l10n.t('proper noun');
    case 'PUNCT': return l10n.t('punctuation');
    case 'SCONJ': return l10n.t('subordinating conjunction');
    case 'SYM': return l10n.t('symbol');
    case 'VERB': return l10n.t('verb');
    case 'X': return l10n.t('other');
    default: return pos;
  }
}

export function genderInWords(gender: Gender): string {
  switch (gender) {
    case 'm': return l10n.t('masculine');
    case 'f': return l10n.t('feminine');
    case 'm/f': return l10n.t('masculine or feminine');
    default: return gender;
  }
}

/** "expression (noun), masculine", "verb", "noun, feminine". */
export function grammarLine(unit: { pos: Upos; gender?: Gender; multiword: boolean }): string {
  const pos = posInWords(unit.pos);
  const head = unit.multiword ? l10n.t('expression ({0})', pos) : pos;
  return unit.gender ? l10n.t('{0}, {1}', head, genderInWords(unit.gender)) : head;
}

/** The first sense of a gloss (`;` separates senses), for the compact interlinear line. */
export function firstSense(gloss: string): string {
  return (gloss.split(';')[0] ?? gloss).trim();
}
