// Dispatches the project has never been tuned on, imported as a learner would import them (the
// real importer on the built data), each lesson ready for generateQuiz. Shared by the quiz
// validity test and the hand-review script (test/eval/quizReview.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDepsFromData } from '../../src/core/import/deps';
import { importDispatch } from '../../src/core/import/importer';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { lessonText } from '../../src/core/quiz/lessonText';
import { buildQuizSource, type QuizSource } from '../../src/core/quiz/source';
import { analysisDataDir } from './helpers/analysisData';
import { testAnalyzer, testRank, testReadings, type QuizInputs } from './quizInputs';

export const DISPATCH_DIR = path.join(__dirname, '..', 'fixtures', 'dispatches');

/** The quiz fixture dispatches (`quiz-*.txt`), as absolute paths. */
export function quizDispatchFiles(): string[] {
  return fs
    .readdirSync(DISPATCH_DIR)
    .filter((f) => f.startsWith('quiz-') && f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(DISPATCH_DIR, f));
}

/** The five import-test dispatches (not named quiz-*), the texts of hand review 2. */
export function importDispatchFiles(): string[] {
  return fs
    .readdirSync(DISPATCH_DIR)
    .filter((f) => !f.startsWith('quiz-') && f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(DISPATCH_DIR, f));
}

export const WIKINEWS_DIR = path.join(__dirname, '..', 'fixtures', 'wikinews', '2016');

/**
 * The eight French Wikinews articles of 2016/01–02 the quiz was tuned on for real news, as absolute paths;
 * named, since later tuning rounds save theirs in the same folders (tuning s10d's five in 2016/01, s10c's in 2016/02).
 */
export const WIKINEWS_EIGHT = ['2016_01_10-001', '2016_01_12-002', '2016_01_21-002', '2016_01_24-003', '2016_01_31-001', '2016_02_15-002', '2016_02_16-001', '2016_02_25-001'];

export function wikinewsFiles(): string[] {
  return WIKINEWS_EIGHT.map((name) => path.join(WIKINEWS_DIR, name.slice(5, 7), `${name}.txt`));
}

/**
 * The held-out French Wikinews articles of 2017 of a pool of test/fixtures/wikinews/2017/pools.tsv,
 * in the pool's order: `quiz-review` (twelve, the texts of blind hand reviews 4 and 5) by default,
 * `quiz-review-6` (seven of 2017/02, review 6), `quiz-review-7` (seven of 2017/03, review 7),
 * `quiz-review-8` (six of 2017/01, review 8) `quiz-review-9` (two of 2017/05, review 9), `quiz-review-10` (six of 2017/04, review 10)
 * `quiz-review-11` (six other of 2017/04, review 11), `quiz-review-12` (six more of 2017/04, review 12)
 * `quiz-review-13` (one of 2017/04, two of 2017/06 and three of 2018/01–02, review 13; the 2018 files under wikinews/2018)
 * `quiz-review-14` (three of 2018/02 and three of 2018/03, review 14; under wikinews/2018)
 * `quiz-review-15` (six of 2018/03 and one of 2018/04, review 15; under wikinews/2018)
 * `quiz-review-16` (three of 2018/04, three of 2018/05 and one of 2018/06, review 16; under wikinews/2018)
 * `quiz-review-17` (six of 2018/06 and one of 2018/07, review 17; under wikinews/2018)
 * or `quiz-review-18` (four of 2018/07 and two of 2018/08, review 18; under wikinews/2018).
 */
export function quizReviewFiles(pool: 'quiz-review' | 'quiz-review-6' | 'quiz-review-7' | 'quiz-review-8' | 'quiz-review-9' | 'quiz-review-10' | 'quiz-review-11' | 'quiz-review-12' | 'quiz-review-13' | 'quiz-review-14' | 'quiz-review-15' | 'quiz-review-16' | 'quiz-review-17' | 'quiz-review-18' | 'quiz-review-19' = 'quiz-review'): string[] {
  const dir = path.join(__dirname, '..', 'fixtures', 'wikinews');
  return fs
    .readFileSync(path.join(dir, '2017', 'pools.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[0] === pool)
    .map((cols) => path.join(dir, cols[1] as string));
}

export interface ImportedLessonInputs extends QuizInputs {
  /** « quiz-01-soudan-cessez-le-feu/01 »: the dispatch and the lesson's place in its series. */
  name: string;
}

/** Every lesson of the dispatch as the importer writes it, parsed back as the reader would. */
export async function importedLessons(file: string): Promise<ImportedLessonInputs[]> {
  const series = await importDispatch(fs.readFileSync(file, 'utf8'), importDepsFromData(analysisDataDir()), {
    fileName: path.basename(file),
    year: 2024,
  });
  const analyzer = testAnalyzer();
  return series.lessons.map((l, i) => {
    const lesson = parseLesson(l.markdown, l.fileName);
    const name = `${path.basename(file, '.txt')}/${String(i + 1).padStart(2, '0')}`;
    return { name, lesson, doc: buildReaderDocument(lesson, analyzer), analysis: analyzer.analyze(lessonText(lesson)) };
  });
}

/** A one-lesson dispatch of the given text, imported and read back as the quiz reads it. */
export async function quizSourceOfText(text: string, options: { readings?: boolean } = {}): Promise<QuizSource> {
  const series = await importDispatch(text, importDepsFromData(analysisDataDir()), { fileName: 'test.txt' });
  const lesson = parseLesson(series.lessons[0]!.markdown, 'test.md');
  const analyzer = testAnalyzer();
  // The lexicon's readings, as the reader and the CLI pass them (the homograph gate), unless told otherwise.
  return buildQuizSource(lesson, buildReaderDocument(lesson, analyzer), analyzer.analyze(lessonText(lesson)), testRank(), options.readings === false ? undefined : testReadings());
}
