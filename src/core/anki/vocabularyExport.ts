// One entry point for every vocabulary export, used by the command and the CLI alike: the records
// lacking where they were met are filled from the lessons first (as the extension does once per
// window), then the items are chosen and written in the asked format.
import type { SqlJsStatic } from 'sql.js';
import type { ReaderDocument } from '../lesson/model';
import { fillContext } from '../progress/contextFill';
import { exportItems, lessonShelf, type OptionalStatus } from '../progress/exportItems';
import { exportJson, toCsv } from '../progress/exports';
import type { ProgressDocument } from '../progress/model';
import { writeApkg } from './apkg';
import { toAnkiText } from './ankiText';

export const EXPORT_FORMATS = ['apkg', 'anki-tsv', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface VocabularyExportOptions {
  now: Date;
  /** The lesson library's reader documents: translations, genders, notes, titles, series, tags. */
  lessons?: readonly ReaderDocument[];
  /** Known or ignored items too (items being learnt always go in). Not for `json`, which holds everything. */
  include?: readonly OptionalStatus[];
  /** SQLite, for `apkg` (loadSqlJs). */
  sql?: SqlJsStatic;
}

/** The file's bytes. Fills missing context into `doc` in memory (the caller saves it, or not). */
export function exportVocabulary(doc: ProgressDocument, format: ExportFormat, options: VocabularyExportOptions): Uint8Array {
  if (format === 'json') return Buffer.from(exportJson(doc), 'utf8');
  const lessons = options.lessons ?? [];
  if (lessons.length) fillContext(doc, lessons, options.now);
  const items = exportItems(doc, lessonShelf(lessons), { include: options.include ?? [] });
  switch (format) {
    case 'apkg':
      if (!options.sql) throw new Error('the .apkg export needs SQLite (loadSqlJs)');
      return writeApkg(items, options.sql, options.now);
    case 'anki-tsv':
      return Buffer.from(toAnkiText(items), 'utf8');
    case 'csv':
      return Buffer.from(toCsv(items), 'utf8');
  }
}

/** The format a file name asks for by its extension, if any. */
export function formatOfFile(fileName: string): ExportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'apkg' ? 'apkg' : ext === 'txt' || ext === 'tsv' ? 'anki-tsv' : ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : undefined;
}
