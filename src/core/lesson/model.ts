// The lesson model: what a lesson Markdown file parses into (see lessons/README.md),
// and the reader document the webview renders. Plain JSON-friendly objects.
import type { Gender, Upos } from '../text/types';

export type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

export interface LessonMeta {
  title: string;
  source?: string;
  date?: string;
  level: Cefr;
  series: string;
  order: number;
  tags: string[];
}

/** One glossary row: a word or expression as it should be taught. */
export interface GlossEntry {
  headword: string;
  pos: Upos;
  gender?: Gender;
  gloss: string;
  note?: string;
  /** 1-based line in the lesson file. */
  line: number;
}

/** `{{form|gloss}}` in the text: overrides the gloss for this one occurrence. */
export interface InlineGloss {
  start: number;
  end: number;
  gloss: string;
}

export interface Paragraph {
  /** The French text with inline markup removed. */
  text: string;
  line: number;
  overrides: InlineGloss[];
}

export type Translation = (
  | { mode: 'sentence'; sentences: string[] }
  | { mode: 'paragraph'; paragraphs: string[] }
) & {
  /** Set when a language model wrote it (`<!-- machine translation: <model> -->`): the model's name. */
  machine?: string;
};

export interface Evidence {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

export interface Question {
  kind: 'choice' | 'truefalse';
  prompt: string;
  choices: string[];
  answer: number;
  /** Markdown, rendered safely. */
  explanation: string;
  evidence: Evidence;
  line: number;
  /** Set when a language model wrote it (the section's `<!-- questions by language model … -->`): the model's name. */
  machine?: string;
}

export type NoteKind = 'person' | 'institution' | 'place' | 'usage' | 'grammar' | 'repair' | 'culture';

export interface Note {
  kind: NoteKind;
  title: string;
  /** Markdown, rendered safely. */
  body: string;
  /** For repair notes (`### [repair] Sergue? → Sergueï`): what the source had and what the text now has. */
  repair?: { from: string; to: string };
  line: number;
}

export interface Lesson {
  /** `series-slug/file-stem`, stable across reloads. */
  id: string;
  file: string;
  meta: LessonMeta;
  paragraphs: Paragraph[];
  glossary: GlossEntry[];
  translation?: Translation;
  questions: Question[];
  notes: Note[];
}

/** A lesson file that could not be parsed: the reason names the file and the line. */
export interface LessonProblem {
  file: string;
  line: number;
  message: string;
}

// ---- The reader document: the lesson with every token glossed, ready for the webview ----

/** Where a unit's gloss came from, in order of authority. */
export type GlossOrigin = 'inline' | 'lesson' | 'core' | 'auto';

/** A glossed word or multi-word expression in the text. */
export interface ReaderUnit {
  id: number;
  /** The surface text as it stands in the lesson. */
  text: string;
  lemma: string;
  pos: Upos;
  gender?: Gender;
  gloss: string;
  /** The note as plain text (Markdown markup removed). */
  note?: string;
  /** The same note as sanitised HTML (emphasis kept; content HTML escaped). */
  noteHtml?: string;
  origin: GlossOrigin;
  multiword: boolean;
  /**
   * A discontinuous expression (tirer … la sonnette d'alarme): the text of each of its parts, in
   * order; `text` is them joined by ` … `. The sentence segments name each part (`part`), and the
   * words between the parts are units of their own.
   */
  parts?: string[];
  /** Vocabulary key shared with the progress store: `lemma|POS` or `expression|EXPR`. */
  key: string;
  /**
   * Index into ReaderDocument.occurrences of the list of units with this key (this one included).
   * By reference, not a list per unit: a word repeated N times would otherwise take N² ids.
   */
  occurrenceList: number;
  /** Set when the lesson repaired this text (from a repair note). */
  repairedFrom?: string;
}

/** Plain text, or a reference to a unit (to one part of a discontinuous unit when `part` is given). */
export type ReaderSegment = { text: string } | { unit: number; part?: number };

/** The text a segment shows: its own text, the unit's, or the text of the unit's part. */
export function segmentText(segment: ReaderSegment, unit: ReaderUnit | undefined): string {
  if ('text' in segment) return segment.text;
  if (!unit) return '';
  return segment.part === undefined ? unit.text : (unit.parts?.[segment.part] ?? '');
}

export interface ReaderSentence {
  id: number;
  segments: ReaderSegment[];
  translation?: string;
}

export interface ReaderParagraph {
  sentences: ReaderSentence[];
  translation?: string;
}

export interface ReaderNote {
  kind: NoteKind;
  title: string;
  /** Sanitised HTML: content HTML is escaped, links restricted to http(s). */
  html: string;
}

export interface ReaderDocument {
  lessonId: string;
  meta: LessonMeta;
  paragraphs: ReaderParagraph[];
  units: ReaderUnit[];
  /** One list per vocabulary key of the lesson: the ids of its units, in text order. */
  occurrences: number[][];
  notes: ReaderNote[];
  /** The model's name when the translation is a machine translation. */
  translationBy?: string;
}
