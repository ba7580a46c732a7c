// The names the quiz takes for people, and how many who-items they make: issue 12's who-question class
// (a film, a studio, a party offered as a person). Lists per lesson the people found, then the who-items
// (focus « who », « qui ») and the attribution items, and the names they offer, for judging by hand.
// Usage: npx tsx test/eval/whoNames.ts [SEEDS, default 1-3] [--all [--list]]
// Default: the review 10–16 pools. --all: the item-totals set (quizItemTotals.ts) and pools 14–16, counts only
// (--list: and the people found per lesson).
import * as path from 'node:path';
import { findEntities } from '../../src/core/quiz/entities';
import { generateQuiz } from '../../src/core/quiz/generate';
import { buildQuizSource } from '../../src/core/quiz/source';
import { testGoverned, testRank, testReadings } from '../unit/quizInputs';
import { importedLessons, quizReviewFiles, WIKINEWS_DIR, wikinewsFiles } from '../unit/quizDispatches';

const TUNING_2 = ['03/2016_03_08-002', '03/2016_03_20-001', '03/2016_03_23-001', '03/2016_03_24-003', '03/2016_03_30-005', '03/2016_03_31-003', '04/2016_04_07-002', '04/2016_04_10-001'];
const TUNING_S9 = ['09/2016_09_01-003', '09/2016_09_02-001', '09/2016_09_02-004', '09/2016_09_03-004'];
const REVIEW_POOLS = ['quiz-review-10', 'quiz-review-11', 'quiz-review-12', 'quiz-review-13', 'quiz-review-14', 'quiz-review-15', 'quiz-review-16'] as const;
const EARLIER_POOLS = ['quiz-review', 'quiz-review-6', 'quiz-review-7', 'quiz-review-8', 'quiz-review-9'] as const;

async function main(argv: string[]): Promise<void> {
  const all = argv.includes('--all');
  const [from = 1, to = from] = (argv.find((a) => /^\d/u.test(a)) ?? '1-3').split('-').map(Number);
  const files = all
    ? [...wikinewsFiles(), ...[...TUNING_2, ...TUNING_S9].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`)), ...[...EARLIER_POOLS, ...REVIEW_POOLS].flatMap((p) => quizReviewFiles(p))]
    : REVIEW_POOLS.flatMap((p) => quizReviewFiles(p));
  let who = 0;
  let attribution = 0;
  let people = 0;
  for (const file of files) {
    for (const l of await importedLessons(file)) {
      const source = buildQuizSource(l.lesson, l.doc, l.analysis, testRank(), testReadings());
      const names = findEntities(source).people.map((p) => p.name);
      people += names.length;
      if (!all || argv.includes('--list')) console.log(`${l.name}\tpeople\t${names.join(' | ')}`);
      const offered = new Set<string>();
      for (let seed = from; seed <= to; seed++) {
        const quiz = generateQuiz(l.lesson, l.doc, l.analysis, { seed, rank: testRank(), readings: testReadings(), governed: testGoverned() });
        for (const item of quiz.items) {
          // Attribution items name people as speakers: « comme les propos de X » (review 16, 100).
          if (item.kind === 'comprehension' && item.focus === 'attribution') {
            attribution++;
            item.choices.flatMap((c) => /^comme les propos (?:de |d['’])(.+)$/u.exec(c)?.[1] ?? []).forEach((c) => offered.add(c));
          }
          if (item.kind !== 'comprehension' || item.focus !== 'who' || !item.prompt.includes('qui complète')) continue;
          who++;
          item.choices.forEach((c) => offered.add(c));
        }
      }
      if (!all && offered.size > 0) console.log(`${l.name}\toffered\t${[...offered].join(' | ')}`);
    }
  }
  console.log(`${files.length} articles, seeds ${from}–${to}: ${people} people found, ${who} who-items (« qui complète »), ${attribution} attribution items`);
}

void main(process.argv.slice(2));
