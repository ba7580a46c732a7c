// Exports: Anki notes (TSV), a CSV table (RFC 4180), and the whole progress as JSON (import merges).
import { ProgressFileTooNewError, ProgressFormatError } from './errors';
import { versionInHeader } from './fileFormat';
import { mergeDocuments } from './merge';
import { UnknownVersionError, upgradeDocument } from './migrate';
import { serializeDocument } from './document';
import { PROGRESS_VERSION, splitKey, type ProgressDocument, type Status, type VocabRecord } from './model';

export interface ExportFilter {
  /** Which statuses to export; by default everything but new and ignored. */
  statuses?: readonly Status[];
}

const DEFAULT_EXPORT: readonly Status[] = ['learning-1', 'learning-2', 'learning-3', 'learning-4', 'known'];

/**
 * Anki notes, one per item: French, English, the example sentence with the item as cloze
 * (`{{c1::…}}`), tags by lesson. The header lines tell Anki the separator, the column names
 * (matched to a note type's fields) and which column holds the tags.
 */
export function toAnkiTsv(doc: ProgressDocument, filter: ExportFilter = {}): string {
  const lines = ['#separator:tab', '#html:false', '#columns:French\tEnglish\tSentence\tTags\tNote', '#tags column:4'];
  for (const [key, record] of selected(doc, filter)) {
    const { lemma } = splitKey(key);
    const example = exampleOf(doc, record);
    const sentence = example ? cloze(example.text, example.form ?? lemma) : '';
    const tags = [...new Set((record.met ?? []).map((m) => ankiTag(m.lesson)))].join(' ');
    lines.push([lemma, exportGloss(record), sentence, tags, record.userNote ?? ''].map(ankiField).join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** The sentence with the first occurrence of `form` as cloze; the sentence alone if absent. */
export function cloze(sentence: string, form: string): string {
  const at = sentence.indexOf(form);
  if (at < 0 || !form) return sentence;
  return `${sentence.slice(0, at)}{{c1::${form}}}${sentence.slice(at + form.length)}`;
}

/** Anki tags cannot hold spaces; `::` makes a hierarchy (depeche::series::lesson). */
function ankiTag(lessonId: string): string {
  return ['depeche', ...lessonId.split('/')].map((p) => p.replace(/\s+/g, '_')).join('::');
}

/**
 * Anki reads fields like CSV: a field with a quote, tab or line break is quoted, and so is one
 * starting with `#` (#MeToo), which Anki's importer would take for a comment line and drop.
 */
function ankiField(text: string): string {
  return /["\t\r\n]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The learner's own gloss where they wrote one, else the lesson's (own glosses: issue 15). */
function exportGloss(record: VocabRecord): string {
  return record.userGloss ?? record.gloss ?? '';
}

export const CSV_COLUMNS = ['key', 'lemma', 'pos', 'status', 'gloss', 'due', 'reviews', 'lapses', 'lessons', 'sentence', 'note'];

/** A table for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when needed). */
export function toCsv(doc: ProgressDocument, filter: ExportFilter = {}): string {
  const rows = [CSV_COLUMNS];
  for (const [key, record] of selected(doc, filter)) {
    const { lemma, pos } = splitKey(key);
    rows.push([
      key, lemma, pos, record.status, exportGloss(record), record.card?.due ?? '',
      String((record.history ?? []).filter((e) => e.grade !== 'seen' && !e.undone).length),
      String(record.card?.lapses ?? 0),
      [...new Set((record.met ?? []).map((m) => m.lesson))].join(' '),
      exampleOf(doc, record)?.text ?? '',
      record.userNote ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One RFC 4180 field. A cell starting with = + - @, a tab or a carriage return is a formula to a
 * spreadsheet (CSV injection): as OWASP recommends, it gets a leading single quote and is quoted.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportJson(doc: ProgressDocument): string {
  return serializeDocument(doc, 1);
}

/**
 * Merges an exported progress file (any schema version) into `current`; a file that does not check
 * throws a ProgressError naming `sourceName` and changes nothing.
 */
export function importJson(current: ProgressDocument, text: string, sourceName = 'the imported file'): ProgressDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const version = versionInHeader(text);
    if (version !== null && version > PROGRESS_VERSION) throw new ProgressFileTooNewError(sourceName, version, true);
    throw new ProgressFormatError('it is not valid JSON', sourceName);
  }
  try {
    return mergeDocuments(current, upgradeDocument(raw));
  } catch (e) {
    if (e instanceof UnknownVersionError) throw new ProgressFileTooNewError(sourceName, e.version, true);
    if (e instanceof ProgressFormatError) throw new ProgressFormatError(e.detail, sourceName);
    throw e;
  }
}

function* selected(doc: ProgressDocument, filter: ExportFilter): Generator<[string, VocabRecord]> {
  const statuses = new Set(filter.statuses ?? DEFAULT_EXPORT);
  const keys = [...doc.records.keys()].sort();
  for (const key of keys) {
    const record = doc.records.get(key)!;
    if (statuses.has(record.status)) yield [key, record];
  }
}

/** The first encounter that has a sentence, with its text. */
export function exampleOf(doc: ProgressDocument, record: VocabRecord): { text: string; form?: string; lesson: string } | undefined {
  for (const m of record.met ?? []) {
    const text = m.sentence ? doc.sentences.get(m.sentence) : undefined;
    if (text) return m.form ? { text, form: m.form, lesson: m.lesson } : { text, lesson: m.lesson };
  }
  return undefined;
}
