// Making and exporting whole documents (kept apart from model.ts, which the record codec imports).
import { PROGRESS_SCHEMA, PROGRESS_VERSION, type ProgressDocument, type QuizAttempt, type VocabRecord } from './model';
import { RecordTable } from './recordTable';
import { SentencePool } from './sentencePool';

export function emptyDocument(): ProgressDocument {
  return { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records: new RecordTable(), quizzes: quizTable(), sentences: new SentencePool() };
}

/**
 * The quiz attempts by lesson id, in an object without a prototype: a lesson id read from a file
 * (`constructor`, `__proto__`, `toString`) is then just a key, never an inherited property.
 */
export function quizTable(entries: Record<string, QuizAttempt[]> = {}): Record<string, QuizAttempt[]> {
  const table = Object.create(null) as Record<string, QuizAttempt[]>;
  for (const lesson of Object.keys(entries)) table[lesson] = entries[lesson]!;
  return table;
}

/** Version 2 as stored, now the readable export shape: records as a JSON object keyed by vocabulary key. */
export interface ProgressFile {
  schema: typeof PROGRESS_SCHEMA;
  version: 2;
  records: Record<string, VocabRecord>;
  quizzes: Record<string, QuizAttempt[]>;
  sentences: Record<string, string>;
}

/** The verbose (version 2) JSON text of a document, for exports people may read; the store writes
 * the compact version 4 (fileFormat.ts). Any version imports back. */
export function serializeDocument(doc: ProgressDocument, indent?: number): string {
  const file: ProgressFile = {
    schema: PROGRESS_SCHEMA, version: 2, records: doc.records.toObject(), quizzes: doc.quizzes, sentences: doc.sentences.toObject(),
  };
  return JSON.stringify(file, null, indent);
}

/** The document as plain data (version 2 shape), e.g. to compare two documents. */
export function plainDocument(doc: ProgressDocument): ProgressFile {
  return JSON.parse(serializeDocument(doc)) as ProgressFile;
}
