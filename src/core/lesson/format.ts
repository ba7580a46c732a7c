// The lesson format's vocabulary, in one place: the parser checks lessons against it, and the
// editor's diagnostics, completions and template are made from it. lessons/README.md states the
// same lists in prose; a unit test (lessonFormat.test.ts) keeps the two in step.
import type { Gender, Upos } from '../text/types';
import type { Cefr, NoteKind } from './model';

/** The level-2 sections, in the order the template writes them. */
export const SECTION_NAMES = ['Text', 'Glossary', 'Translation', 'Questions', 'Notes'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export const REQUIRED_SECTIONS: readonly SectionName[] = ['Text', 'Glossary'];

/** Front matter fields, in the order of the spec. */
export const FRONT_MATTER_FIELDS = ['title', 'source', 'date', 'level', 'series', 'order', 'tags'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];
export const REQUIRED_FIELDS: readonly FrontMatterField[] = ['title', 'level', 'series', 'order'];

export const CEFR_LEVELS: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** The glossary table's columns (lower case); the Note column may be left out. */
export const GLOSSARY_COLUMNS = ['french', 'pos', 'gender', 'english', 'note'] as const;
export const GLOSSARY_HEADER = '| French | POS | Gender | English | Note |';

/** The tags a glossary entry may carry (punctuation and symbols are never taught). */
export const GLOSSARY_POS: readonly Upos[] = [
  'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'NUM', 'INTJ',
];
export const GENDERS: readonly Gender[] = ['m', 'f', 'm/f'];
/** Only these tags take a gender. */
export const GENDERED_POS: readonly Upos[] = ['NOUN', 'PROPN'];

export const NOTE_KINDS: readonly NoteKind[] = ['person', 'institution', 'place', 'usage', 'grammar', 'repair', 'culture'];

/** What each tag and kind means, for completion lists (the README's wording). */
export const POS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  NOUN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb', PROPN: 'proper noun', ADP: 'preposition',
  DET: 'determiner', PRON: 'pronoun', AUX: 'auxiliary verb', CCONJ: 'coordinating conjunction',
  SCONJ: 'subordinating conjunction', NUM: 'numeral', INTJ: 'interjection',
};
export const NOTE_KIND_DESCRIPTIONS: Readonly<Record<NoteKind, string>> = {
  person: 'a person named in the text',
  institution: 'an institution, title or office',
  place: 'a place',
  usage: 'usage, register, false friends',
  grammar: 'a point of grammar',
  repair: "a repair of the source: title 'original → repaired'",
  culture: 'cultural background',
};
