// What a vocabulary export holds, whatever its format: the items chosen (by default those being
// learnt), each with its gloss, the sentence it was met in (and where the item stands in it), and
// what the lessons add: the sentence's translation, gender, note, the lesson's title, source,
// series and tags. The Anki package, the Anki text file and the CSV are all written from these.
import type { LessonMeta, ReaderDocument } from '../lesson/model';
import type { Gender } from '../text/types';
import { isLearning, renamedKey, splitKey, type ProgressDocument, type Status, type VocabRecord } from './model';
import { sentenceText } from './readerSightings';

/** Statuses left out unless the learner asks for them. */
export type OptionalStatus = 'known' | 'ignored';
export const OPTIONAL_STATUSES: readonly OptionalStatus[] = ['known', 'ignored'];

export interface ExportSelection {
  /** Besides the items being learnt: known items, ignored items. */
  include?: readonly OptionalStatus[];
}

/** What the lesson library knows beyond the progress file (lessonShelf); empty when there are no lessons. */
export interface LessonShelf {
  lessons: ReadonlyMap<string, LessonMeta>;
  /** Sentence text (whitespace made single spaces) → its English. */
  translations: ReadonlyMap<string, string>;
  /** Key → what the lessons say of the item. */
  items: ReadonlyMap<string, { gender?: Gender; note?: string }>;
}

export const EMPTY_SHELF: LessonShelf = { lessons: new Map(), translations: new Map(), items: new Map() };

export interface ExportItem {
  key: string;
  /**
   * The key the item's record was kept under before it was renamed (model.ts, renamedKey): an Anki
   * note made from it then keeps its GUID, so a new export updates that note instead of adding one.
   */
  formerKey?: string;
  /** The word's lemma, or the expression. */
  lemma: string;
  pos: string;
  status: Status;
  /** The learner's own gloss where they wrote one (issue 15), else the one last shown. */
  gloss: string;
  /** The learner's own note on the item. */
  ownNote?: string;
  /** The sentence it was met in (as printed: « », non-breaking spaces), and the item's place in it. */
  sentence?: { text: string; start: number; end: number; lesson: string };
  translation?: string;
  gender?: Gender;
  note?: string;
  /** Every lesson it was met in (ids), the first first. */
  lessons: string[];
  /** The lesson of the sentence (else the first one met), as the lessons describe it. */
  meta?: LessonMeta;
  due?: string;
  reviews: number;
  lapses: number;
}

/** The items to export, in key order: by default those being learnt (statuses 1–4, or in review). */
export function exportItems(doc: ProgressDocument, shelf: LessonShelf = EMPTY_SHELF, selection: ExportSelection = {}): ExportItem[] {
  const include = new Set<Status>(selection.include ?? []);
  const items: ExportItem[] = [];
  const formerKeys = new Map<string, string>();
  for (const key of doc.records.keys()) {
    const to = renamedKey(key);
    if (to !== undefined) formerKeys.set(to, key);
  }
  doc.records.forEachCurrent((record, key) => {
    if (!isBeingLearnt(record) && !include.has(record.status)) return;
    const item = exportItem(doc, shelf, key, record);
    const formerKey = formerKeys.get(key);
    if (formerKey !== undefined) item.formerKey = formerKey;
    items.push(item);
  });
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return items;
}

/** Statuses 1–4, or a card in review (a `new` item graded in a merge from another window keeps its card). */
function isBeingLearnt(record: VocabRecord): boolean {
  return isLearning(record.status) || (record.status === 'new' && record.card !== undefined);
}

function exportItem(doc: ProgressDocument, shelf: LessonShelf, key: string, record: VocabRecord): ExportItem {
  const { lemma, pos } = splitKey(key);
  const lessonInfo = shelf.items.get(key);
  const sentence = exampleSentence(doc, record, lemma);
  const lessons = [...new Set((record.met ?? []).map((m) => m.lesson))];
  const lessonId = sentence?.lesson ?? lessons[0];
  const item: ExportItem = {
    key, lemma, pos, status: record.status,
    gloss: record.userGloss || record.gloss || '',
    lessons,
    reviews: (record.history ?? []).filter((e) => e.grade !== 'seen' && !e.undone).length,
    lapses: record.card?.lapses ?? 0,
  };
  if (sentence) {
    item.sentence = sentence;
    const translation = shelf.translations.get(spaced(sentence.text));
    if (translation) item.translation = translation;
  }
  if (lessonInfo?.gender) item.gender = lessonInfo.gender;
  if (lessonInfo?.note) item.note = lessonInfo.note;
  if (record.userNote) item.ownNote = record.userNote;
  const meta = lessonId === undefined ? undefined : shelf.lessons.get(lessonId);
  if (meta) item.meta = meta;
  if (record.card?.due) item.due = record.card.due;
  return item;
}

/** The first sentence the item was met in where its form is found; else the first sentence. */
function exampleSentence(doc: ProgressDocument, record: VocabRecord, lemma: string): ExportItem['sentence'] {
  let fallback: ExportItem['sentence'];
  for (const m of record.met ?? []) {
    const text = m.sentence ? doc.sentences.get(m.sentence) : undefined;
    if (!text) continue;
    const at = locate(text, m.form ?? lemma) ?? (m.form ? undefined : locate(text, lemma));
    if (at) return { text, ...at, lesson: m.lesson };
    fallback ??= { text, start: 0, end: 0, lesson: m.lesson };
  }
  return fallback;
}

/**
 * Where `form` stands in `sentence`: exactly, else with any kind of space matching any other
 * (records saved before sentences kept their non-breaking spaces have ordinary ones instead).
 */
export function locate(sentence: string, form: string): { start: number; end: number } | undefined {
  if (!form) return undefined;
  const at = sentence.indexOf(form);
  if (at >= 0) return { start: at, end: at + form.length };
  const pattern = form.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern, 'u').exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** Whitespace of any kind as single spaces: the key sentences are matched on across the two spellings. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What the lessons add to an export: their descriptions, sentence translations, genders and notes. */
export function lessonShelf(docs: readonly ReaderDocument[]): LessonShelf {
  const lessons = new Map<string, LessonMeta>();
  const translations = new Map<string, string>();
  const items = new Map<string, { gender?: Gender; note?: string }>();
  for (const doc of docs) {
    if (!lessons.has(doc.lessonId)) lessons.set(doc.lessonId, doc.meta);
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        // A paragraph translated as a whole is the translation of its sentence when it has one.
        const english = sentence.translation ?? (paragraph.sentences.length === 1 ? paragraph.translation : undefined);
        if (english) translations.set(spaced(sentenceText(doc, sentence)), english);
      }
    }
    for (const unit of doc.units) {
      let info = items.get(unit.key);
      if (!info) items.set(unit.key, (info = {}));
      if (unit.gender && !info.gender) info.gender = unit.gender;
      if (unit.note && !info.note) info.note = unit.note;
    }
  }
  return { lessons, translations, items };
}
