// Lesson -> ReaderDocument, with the analysis engine created on first use (it loads the lexicon,
// which activation must not wait for) and one document per loaded lesson.
import * as path from 'node:path';
import type { Lesson, ReaderDocument } from '../core/lesson/model';
import { buildReaderDocument } from '../core/lesson/readerDocument';
import { createAnalyzer } from '../core/text/analyzer';
import type { Analyzer } from '../core/text/types';

/** `bundleDir`: the folder of dist/extension.js; the engine's data is built into its `data/`. */
export function readerDocuments(bundleDir: string): (lesson: Lesson) => Promise<ReaderDocument> {
  let analyzer: Analyzer | undefined;
  // Keyed by the lesson object: a reload of the catalog makes new objects, so edits are picked up.
  const built = new WeakMap<Lesson, ReaderDocument>();
  return async (lesson) => {
    let doc = built.get(lesson);
    if (!doc) {
      analyzer ??= createAnalyzer({ dataDir: path.join(bundleDir, 'data') });
      doc = buildReaderDocument(lesson, analyzer);
      built.set(lesson, doc);
    }
    return doc;
  };
}
