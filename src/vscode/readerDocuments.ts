// Lesson -> ReaderDocument and lesson -> Quiz, with the analysis engine created on first use (it
// loads the lexicon, which activation must not wait for) and one document per loaded lesson.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Lesson, ReaderDocument } from '../core/lesson/model';
import { buildReaderDocument } from '../core/lesson/readerDocument';
import { generateQuiz } from '../core/quiz/generate';
import { lessonText } from '../core/quiz/lessonText';
import type { Quiz } from '../core/quiz/types';
import { createAnalyzer } from '../core/text/analyzer';
import { Lexicon } from '../core/text/lexicon';
import type { Analyzer } from '../core/text/types';

export interface LessonEngine {
  documentFor(lesson: Lesson): Promise<ReaderDocument>;
  /** The quiz on the lesson for this seed: the same lesson and seed give the same quiz. */
  quizFor(lesson: Lesson, seed: number): Promise<Quiz>;
}

/**
 * `build` with memory. Documents are kept per lesson object (a reload of the catalog makes new
 * objects, so edits are picked up); a failure is kept per file and content, so a lesson whose
 * document throws is built once, not again on every reload or redraw, until its file changes.
 */
export function cachedDocuments(build: (lesson: Lesson) => ReaderDocument): (lesson: Lesson) => ReaderDocument {
  const built = new WeakMap<Lesson, ReaderDocument>();
  const failed = new Map<string, { content: string; error: unknown }>();
  return (lesson) => {
    const doc = built.get(lesson);
    if (doc) return doc;
    const content = createHash('sha256').update(JSON.stringify(lesson)).digest('hex');
    const failure = failed.get(lesson.file);
    if (failure?.content === content) throw failure.error;
    try {
      const fresh = build(lesson);
      built.set(lesson, fresh);
      failed.delete(lesson.file);
      return fresh;
    } catch (error) {
      failed.set(lesson.file, { content, error });
      throw error;
    }
  };
}

/** `bundleDir`: the folder of dist/extension.js; the engine's data is built into its `data/`. */
export function lessonEngine(bundleDir: string): LessonEngine {
  const dataDir = path.join(bundleDir, 'data');
  let analyzer: Analyzer | undefined;
  let lexicon: Lexicon | undefined;
  const cached = cachedDocuments((lesson) => {
    analyzer ??= createAnalyzer({ dataDir });
    return buildReaderDocument(lesson, analyzer);
  });
  const documentFor = async (lesson: Lesson): Promise<ReaderDocument> => cached(lesson);
  return {
    documentFor,
    async quizFor(lesson, seed) {
      const doc = await documentFor(lesson);
      analyzer ??= createAnalyzer({ dataDir });
      lexicon ??= new Lexicon(dataDir);
      const ranks = lexicon;
      return generateQuiz(lesson, doc, analyzer.analyze(lessonText(lesson)), { seed, rank: (lemma) => ranks.rank(lemma) });
    },
  };
}
