// Exports: a CSV table (RFC 4180) of the export items, and the whole progress as JSON (import merges).
// The Anki package and text file are written from the same items in core/anki.
import { ProgressFileTooNewError, ProgressFormatError } from './errors';
import { versionInHeader } from './fileFormat';
import { mergeDocuments } from './merge';
import { UnknownVersionError, upgradeDocument } from './migrate';
import { serializeDocument } from './document';
import type { ExportItem } from './exportItems';
import { PROGRESS_VERSION, type ProgressDocument } from './model';

export const CSV_COLUMNS = ['key', 'lemma', 'pos', 'status', 'gloss', 'due', 'reviews', 'lapses', 'lessons', 'sentence', 'note'];

/**
 * A table for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when needed), with a UTF-8
 * byte-order mark, without which spreadsheet programs read the accents as another encoding.
 */
export function toCsv(items: readonly ExportItem[]): string {
  const rows = [CSV_COLUMNS];
  for (const item of items) {
    rows.push([
      item.key, item.lemma, item.pos, item.status, item.gloss, item.due ?? '', String(item.reviews), String(item.lapses),
      item.lessons.join(' '), item.sentence?.text ?? '', item.ownNote ?? '',
    ]);
  }
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
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
