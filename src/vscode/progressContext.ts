// Once per window, after progress has loaded: records made before every signal kept where its item
// was met (a quiz answer, a status button, "mark the rest known") get the lesson, the sentence and
// the gloss from the lesson library (core/progress/contextFill.ts). Idempotent: a record that has
// its context is only read, and nothing is saved when nothing was missing.
import type { Lesson, ReaderDocument } from '../core/lesson/model';
import type { LessonCatalog } from './lessonCatalog';
import type { ProgressHub } from './progressHub';

/** Returns the keys filled in. */
export async function fillProgressContext(
  hub: ProgressHub, catalog: LessonCatalog, documentFor: (lesson: Lesson) => Promise<ReaderDocument>,
): Promise<string[]> {
  const progress = await hub.ready();
  // Nothing recorded yet: no need to load the analysis engine for every lesson.
  if (progress.document.records.size === 0) return [];
  return progress.fillContext(await libraryDocuments(catalog, documentFor));
}

/** The reader document of every lesson of the library (for the context fill and the exports). */
export async function libraryDocuments(
  catalog: LessonCatalog, documentFor: (lesson: Lesson) => Promise<ReaderDocument>,
): Promise<ReaderDocument[]> {
  const { lessons } = await catalog.load();
  const documents: ReaderDocument[] = [];
  for (const lesson of lessons) {
    try {
      documents.push(await documentFor(lesson));
    } catch (e) {
      // The reader reports a lesson it cannot show; here it only lacks its context and translations.
      console.error(`[depeche] ${lesson.file}`, e);
    }
    // One lesson at a time, letting the extension host answer in between (a large library takes a while).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return documents;
}
