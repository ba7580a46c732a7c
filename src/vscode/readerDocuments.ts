// Lesson -> ReaderDocument and lesson -> Quiz, with the analysis engine created on first use (it
// loads the lexicon, which activation must not wait for) and one document per loaded lesson.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Lesson, ReaderDocument } from '../core/lesson/model';
import { buildReaderDocument, buildReaderDocumentInSlices } from '../core/lesson/readerDocument';
import { generateQuiz } from '../core/quiz/generate';
import { lessonText } from '../core/quiz/lessonText';
import { quizPortion } from '../core/quiz/portion';
import type { Quiz } from '../core/quiz/types';
import { createAnalyzer } from '../core/text/analyzer';
import { governedPrepositionsIn } from '../core/text/governedPrepositions';
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
export function cachedDocuments(build: (lesson: Lesson) => Promise<ReaderDocument>): (lesson: Lesson) => Promise<ReaderDocument> {
  const built = new WeakMap<Lesson, Promise<ReaderDocument>>();
  const failed = new Map<string, { content: string; error: unknown }>();
  return (lesson) => {
    const doc = built.get(lesson);
    if (doc) return doc;
    const content = createHash('sha256').update(JSON.stringify(lesson)).digest('hex');
    const failure = failed.get(lesson.file);
    if (failure?.content === content) return Promise.reject(failure.error);
    const building = build(lesson).then(
      (fresh) => {
        failed.delete(lesson.file);
        return fresh;
      },
      (error: unknown) => {
        built.delete(lesson);
        failed.set(lesson.file, { content, error });
        throw error;
      },
    );
    built.set(lesson, building);
    return building;
  };
}

/** The window's analysis engine: one lexicon and one analyzer, loaded on first use. */
export interface WindowAnalysis {
  analyzer: Analyzer;
  lexicon: Lexicon;
  /** The prepositions the expression data puts after a head (the collocation quiz). */
  governed: (head: string) => readonly string[];
}

/** The engine on `dataDir`, loaded on first call and shared by every caller after it. */
export function windowAnalysis(dataDir: string): () => WindowAnalysis {
  let loaded: WindowAnalysis | undefined;
  return () => {
    if (!loaded) {
      const lexicon = new Lexicon(dataDir);
      loaded = { lexicon, analyzer: createAnalyzer({ dataDir, lexicon }), governed: governedPrepositionsIn(dataDir) };
    }
    return loaded;
  };
}

/** `analysis`: the window's engine (the reader, the quiz and the editor features share it). */
export function lessonEngine(analysis: () => WindowAnalysis): LessonEngine {
  // In slices, a paragraph at a time: the largest lesson allowed takes seconds (see sizes.bench.ts).
  const documentFor = cachedDocuments(async (lesson) =>
    buildReaderDocumentInSlices(lesson, analysis().analyzer, () => new Promise<void>((resolve) => setImmediate(resolve))));
  return {
    documentFor,
    async quizFor(whole, seed) {
      const { analyzer, lexicon, governed } = analysis();
      // Beyond the quiz's word budget, the part it draws on has a document of its own (small, quick).
      const lesson = quizPortion(whole);
      const doc = lesson === whole ? await documentFor(lesson) : buildReaderDocument(lesson, analyzer);
      return generateQuiz(lesson, doc, analyzer.analyze(lessonText(lesson)), { seed, rank: (lemma) => lexicon.rank(lemma), readings: (form) => lexicon.lookup(form), governed });
    },
  };
}
