// The quiz data shapes: plain JSON objects, so a quiz can be stored with its attempt, posted to
// the webview, and printed by the CLI. A quiz item is a union keyed on `kind`.
import type { Upos } from '../text/types';

export const QUIZ_SCHEMA_VERSION = 1;

/** Offsets into the lesson's full text (see lessonText.ts). */
export interface Span {
  start: number;
  end: number;
}

export const COMPREHENSION_KINDS = ['comprehension'] as const;
export const VOCABULARY_KINDS = [
  'fr-en',
  'en-fr',
  'cloze',
  'match',
  'collocation',
  'title-person',
  'reporting-verb',
] as const;
export const QUIZ_KINDS = [...COMPREHENSION_KINDS, ...VOCABULARY_KINDS] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

interface ItemCommon {
  /** Unique within its quiz. */
  id: string;
  /** The question as shown, French typography applied. */
  prompt: string;
  /** Where the answer stands in the text. */
  evidence: Span;
  /** Shown after the answer, right or wrong. */
  explanation: string;
  /** Vocabulary keys (`lemma|POS`, `expression|EXPR`) this item exercises; empty for comprehension. */
  keys: string[];
}

/** One right answer among `choices`, at index `answer`. */
interface ChoiceFields {
  choices: string[];
  answer: number;
  /** Per choice, what a wrong pick actually means (« to stem » is « endiguer »). */
  choiceNotes?: string[];
}

/** What a comprehension question is about; `authored` comes from the lesson file. */
/**
 * `attribution`: whether the dispatch gives something as a fact or as what someone said;
 * `main-event`: which sentence gives the news and which recall the background (the dispatch's structure).
 */
export type ComprehensionFocus = 'authored' | 'speaker' | 'who' | 'where' | 'when' | 'truefalse' | 'attribution' | 'main-event';

export interface ComprehensionItem extends ItemCommon, ChoiceFields {
  kind: 'comprehension';
  focus: ComprehensionFocus;
  format: 'choice' | 'truefalse';
  /** The language model that wrote this authored question (the lesson's `<!-- questions by language model … -->`). */
  writtenBy?: string;
}

/** French term -> its English gloss. */
export interface FrEnItem extends ItemCommon, ChoiceFields {
  kind: 'fr-en';
  term: string;
  pos: Upos;
}

/** English gloss -> the French term. */
export interface EnFrItem extends ItemCommon, ChoiceFields {
  kind: 'en-fr';
  gloss: string;
  pos: Upos;
}

/** A sentence of the lesson with a word blanked out: `before` + blank + `after`. */
export interface BlankedSentence {
  before: string;
  after: string;
  /** The blanked word's span in the full text. */
  blank: Span;
}

/** Typed cloze: the learner types the missing word. */
export interface ClozeItem extends ItemCommon, BlankedSentence {
  kind: 'cloze';
  /** The word exactly as it stands in the text. */
  answer: string;
  lemma: string;
  pos: Upos;
  hint: string;
}

/** The small word a collocation fixes (approfondir ___ amitié -> l'), chosen among look-alikes. */
export interface CollocationItem extends ItemCommon, ChoiceFields, BlankedSentence {
  kind: 'collocation';
  collocation: string;
}

/** Pairs to match: `answer[i]` is the index in `right` that goes with `left[i]`. */
export interface MatchItem extends ItemCommon {
  kind: 'match' | 'title-person';
  left: string[];
  right: string[];
  answer: number[];
  /** Evidence of each left entry. */
  pairEvidence: Span[];
}

/** What a reporting verb conveys (a souligné / a rappelé / a démenti). */
export interface ReportingVerbItem extends ItemCommon, ChoiceFields {
  kind: 'reporting-verb';
  verb: string;
}

export type QuizItem =
  | ComprehensionItem
  | FrEnItem
  | EnFrItem
  | ClozeItem
  | CollocationItem
  | MatchItem
  | ReportingVerbItem;

export type ChoiceItem = Extract<QuizItem, { choices: string[] }>;

/** A learner's response: a choice index, typed text, or for matching the right-hand index per left entry. */
export type QuizResponse = number | string | number[];

export interface AnswerResult {
  correct: boolean;
  /** The right form when an answer was accepted or refused for its spelling (accents). */
  correction?: string;
  /** The right answer as text. */
  expected: string;
  explanation: string;
}

export interface Quiz {
  schemaVersion: typeof QUIZ_SCHEMA_VERSION;
  lessonId: string;
  seed: number;
  items: QuizItem[];
}

export interface QuizOptions {
  seed: number;
  /** Only these kinds (default: all). */
  kinds?: readonly QuizKind[];
  /** Number of items (default 10); fewer when the lesson offers fewer. */
  size?: number;
  /** Generate comprehension questions even when the lesson has authored ones. */
  generatedComprehension?: boolean;
  /** Frequency rank of a lemma (1 = most frequent), when the caller has a frequency list. */
  rank?: (lemma: string, pos: Upos) => number | undefined;
  /**
   * The lexicon's readings of a spelling (every lemma and part of speech it may be), when the caller
   * has the lexicon: a word is then not taught from a spelling another word shares unless the words
   * around back the analysis's reading (source.ts, homographInDoubt).
   */
  readings?: (form: string) => readonly { lemma: string; upos: Upos }[];
  /**
   * The prepositions the lexicon's expressions put after a verb or a noun (« œuvrer » -> pour, à), when the
   * caller has the data: a preposition the head also takes is never offered as wrong, and a head the data
   * does not know gets no preposition item (collocation.ts).
   */
  governed?: (head: string) => readonly string[];
}

/** Inputs the quiz could not use: the analysis is not of the lesson's text, say. */
export class QuizInputError extends Error {
  override name = 'QuizInputError';
}
