// Quiz generation speed on the seed dispatch: `npx tsx test/bench/quiz.bench.ts`. Prints figures.
import { generateQuiz } from '../../src/core/quiz/generate';
import { buildQuizSource } from '../../src/core/quiz/source';
import { candidateItems } from '../../src/core/quiz/generate';
import { QUIZ_KINDS } from '../../src/core/quiz/types';
import { loadQuizInputs, SEED_FULL_TEXT } from '../unit/quizInputs';

const RUNS = 30;
const { lesson, doc, analysis } = loadQuizInputs(SEED_FULL_TEXT);
const source = buildQuizSource(lesson, doc, analysis);
for (let i = 0; i < 5; i++) generateQuiz(lesson, doc, analysis, { seed: i }); // warm-up

for (const kind of QUIZ_KINDS) {
  const t = performance.now();
  let items = 0;
  for (let i = 0; i < RUNS; i++) items += candidateItems(source, { seed: i, kinds: [kind], generatedComprehension: true }).get(kind)?.length ?? 0;
  console.log(`${kind.padEnd(15)} ${((performance.now() - t) / RUNS).toFixed(2).padStart(7)} ms  ${(items / RUNS).toFixed(0)} candidates`);
}
const t = performance.now();
for (let i = 0; i < RUNS; i++) generateQuiz(lesson, doc, analysis, { seed: i });
console.log(`generateQuiz    ${((performance.now() - t) / RUNS).toFixed(2).padStart(7)} ms  (seed dispatch, ${source.text.length} chars, 10 items)`);
