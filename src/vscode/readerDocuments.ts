// Lesson -> ReaderDocument and lesson -> Quiz, with the analysis engine created on first use (it
// loads the lexicon, which activation must not wait for) and one document per loaded lesson.
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

/** `bundleDir`: the folder of dist/extension.js; the engine's data is built into its `data/`. */
export function lessonEngine(bundleDir: string): LessonEngine {
  const dataDir = path.join(bundleDir, 'data');
  let analyzer: Analyzer | undefined;
  let lexicon: Lexicon | undefined;
  // Keyed by the lesson object: a reload of the catalog makes new objects, so edits are picked up.
  const built = new WeakMap<Lesson, ReaderDocument>();
  const documentFor = async (lesson: Lesson): Promise<ReaderDocument> => {
    let doc = built.get(lesson);
    if (!doc) {
      analyzer ??= createAnalyzer({ dataDir });
      doc = buildReaderDocument(lesson, analyzer);
      built.set(lesson, doc);
    }
    return doc;
  };
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
