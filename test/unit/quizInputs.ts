// Loads a lesson file into the three inputs of generateQuiz: the lesson, its reader document and
// the analysis of its full text.
// All real: the lesson parser, the analysis engine on its built data, the reader document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lesson, ReaderDocument } from '../../src/core/lesson/model';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { lessonText } from '../../src/core/quiz/lessonText';
import type { QuizOptions } from '../../src/core/quiz/types';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { governedPrepositionsIn } from '../../src/core/text/governedPrepositions';
import { Lexicon } from '../../src/core/text/lexicon';
import type { Analysis, Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from './helpers/analysisData';

export interface QuizInputs {
  lesson: Lesson;
  doc: ReaderDocument;
  analysis: Analysis;
}

let shared: Analyzer | undefined;

/** One analyzer for all the quiz tests: its data is loaded once. */
export function testAnalyzer(): Analyzer {
  shared ??= createAnalyzer({ dataDir: analysisDataDir() });
  return shared;
}

let lexicon: Lexicon | undefined;

/** Frequency ranks from the engine's built data, as the CLI passes them. */
export function testRank(): NonNullable<QuizOptions['rank']> {
  lexicon ??= new Lexicon(analysisDataDir());
  const ranks = lexicon;
  return (lemma) => ranks.rank(lemma);
}

/** The lexicon's readings of a spelling, as the reader and the CLI pass them (the homograph gate). */
let governed: NonNullable<QuizOptions['governed']> | undefined;

/** The prepositions the built expression data puts after a head, as the reader and the CLI pass them. */
export function testGoverned(): NonNullable<QuizOptions['governed']> {
  governed ??= governedPrepositionsIn(analysisDataDir());
  return governed;
}

export function testReadings(): NonNullable<QuizOptions['readings']> {
  lexicon ??= new Lexicon(analysisDataDir());
  const words = lexicon;
  return (form) => words.lookup(form);
}

export function loadQuizInputs(file: string): QuizInputs {
  const lesson = parseLesson(fs.readFileSync(file, 'utf8'), file);
  const analyzer = testAnalyzer();
  return { lesson, doc: buildReaderDocument(lesson, analyzer), analysis: analyzer.analyze(lessonText(lesson)) };
}

const ROOT = path.join(__dirname, '..', '..');

/** Every shipped lesson and every quiz fixture lesson, as absolute paths. */
export function allLessonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
    }
  };
  walk(path.join(ROOT, 'lessons'));
  walk(path.join(ROOT, 'test', 'fixtures', 'quiz'));
  return out.sort();
}

export const SEED_FULL_TEXT = path.join(ROOT, 'lessons', 'wang-yi-lavrov', '04-texte-integral.md');
export const FIXTURE_SOMMET = path.join(ROOT, 'test', 'fixtures', 'quiz', 'sommet-paris.md');
export const FIXTURE_COURT = path.join(ROOT, 'test', 'fixtures', 'quiz', 'communique-court.md');
