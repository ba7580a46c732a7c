// Item totals over the 60 Wikinews articles of the validity test (2016/01–04 and 2016/09 tuning, the 2017 review
// pools): one quiz per lesson and seed, as the reader makes it, summed; quizzes below the promised
// size counted. Says whether a rule that keeps items out leaves the quizzes full.
// Usage: npx tsx test/eval/quizItemTotals.ts [SEEDS, default 1-3]
import * as path from 'node:path';
import { DEFAULT_QUIZ_SIZE, generateQuiz } from '../../src/core/quiz/generate';
import { testGoverned, testRank, testReadings } from '../unit/quizInputs';
import { importedLessons, quizReviewFiles, WIKINEWS_DIR, wikinewsFiles } from '../unit/quizDispatches';

const TUNING_2 = ['03/2016_03_08-002', '03/2016_03_20-001', '03/2016_03_23-001', '03/2016_03_24-003', '03/2016_03_30-005', '03/2016_03_31-003', '04/2016_04_07-002', '04/2016_04_10-001'];
const TUNING_S9 = ['09/2016_09_01-003', '09/2016_09_02-001', '09/2016_09_02-004', '09/2016_09_03-004'];

async function main(arg = '1-3'): Promise<void> {
  const [from = 1, to = from] = arg.split('-').map(Number);
  const files = [
    ...wikinewsFiles(),
    ...[...TUNING_2, ...TUNING_S9].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`)),
    ...(['quiz-review', 'quiz-review-6', 'quiz-review-7', 'quiz-review-8', 'quiz-review-9', 'quiz-review-10', 'quiz-review-11', 'quiz-review-12', 'quiz-review-13'] as const).flatMap((p) => quizReviewFiles(p)),
  ];
  let quizzes = 0;
  let items = 0;
  let vocabulary = 0;
  let short = 0;
  for (const file of files) {
    for (const l of await importedLessons(file)) {
      for (let seed = from; seed <= to; seed++) {
        const quiz = generateQuiz(l.lesson, l.doc, l.analysis, { seed, rank: testRank(), readings: testReadings(), governed: testGoverned() });
        quizzes++;
        items += quiz.items.length;
        vocabulary += quiz.items.filter((i) => i.kind !== 'comprehension').length;
        if (quiz.items.length < DEFAULT_QUIZ_SIZE) short++;
      }
    }
  }
  console.log(`${files.length} articles, ${quizzes} quizzes (seeds ${from}–${to}): ${items} items, ${vocabulary} not comprehension, ${short} quizzes under ${DEFAULT_QUIZ_SIZE} items`);
}

void main(process.argv[2]);
