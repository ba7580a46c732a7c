// The reader fixtures (hand-made ReaderDocuments under test/fixtures/reader/) and the default prefs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderDocument } from '../../src/core/lesson/model';
import type { HostToReader, ReaderPrefs } from '../../src/protocol';
import { REPO_ROOT } from './harness';

export function readerFixture(name: 'first-paragraph' | 'hostile'): ReaderDocument {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/reader', `${name}.json`), 'utf8')) as ReaderDocument;
}

export const HOVER_PREFS: ReaderPrefs = { mode: 'hover', showTranslation: false, fontSize: 18 };

export function lessonMessage(doc: ReaderDocument, prefs: ReaderPrefs = HOVER_PREFS, scrollTop = 0): HostToReader {
  return { type: 'lesson', doc, prefs, scrollTop };
}

/** The same lesson with its translation aligned by paragraph instead of by sentence. */
export function paragraphAligned(doc: ReaderDocument): ReaderDocument {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => ({
      translation: p.sentences.map((s) => s.translation ?? '').join(' '),
      sentences: p.sentences.map(({ translation: _dropped, ...s }) => s),
    })),
  };
}
