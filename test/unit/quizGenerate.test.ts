import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAnswer } from '../../src/core/quiz/check';
import { candidateItems, generateQuiz } from '../../src/core/quiz/generate';
import { lessonText, locateSpan, PARAGRAPH_SEPARATOR } from '../../src/core/quiz/lessonText';
import { buildQuizSource } from '../../src/core/quiz/source';
import { QUIZ_KINDS, QuizInputError, type QuizItem } from '../../src/core/quiz/types';
import { itemProblems } from '../../src/core/quiz/validate';
import { allLessonFiles, FIXTURE_SOMMET, loadQuizInputs, SEED_FULL_TEXT, testRank, type QuizInputs } from './quizInputs';

const inputs = new Map<string, QuizInputs>();
function load(file: string): QuizInputs {
  if (!inputs.has(file)) inputs.set(file, loadQuizInputs(file));
  return inputs.get(file) as QuizInputs;
}

function quizOf(file: string, seed: number, extra: { size?: number; generatedComprehension?: boolean } = {}) {
  const { lesson, doc, analysis } = load(file);
  return generateQuiz(lesson, doc, analysis, { seed, ...extra });
}

/** The response a learner who knows the answer gives. */
function rightResponse(item: QuizItem): number | string | number[] {
  return item.kind === 'cloze' ? item.answer : item.answer;
}

describe('quiz generation', () => {
  it('joins paragraphs with a blank line, and maps spans back to paragraphs', () => {
    const { lesson } = load(FIXTURE_SOMMET);
    const text = lessonText(lesson);
    assert.equal(PARAGRAPH_SEPARATOR, '\n\n');
    assert.equal(text.split(PARAGRAPH_SEPARATOR).length, lesson.paragraphs.length);
    const at = text.indexOf('Berlin');
    const local = locateSpan(lesson, { start: at, end: at + 6 });
    assert.equal(lesson.paragraphs[local.paragraph]?.text.slice(local.start, local.end), 'Berlin');
  });

  it('gives the same quiz for the same seed', () => {
    assert.deepEqual(quizOf(SEED_FULL_TEXT, 7), quizOf(SEED_FULL_TEXT, 7));
    assert.deepEqual(quizOf(FIXTURE_SOMMET, 123456), quizOf(FIXTURE_SOMMET, 123456));
  });

  it('gives a different order for a different seed, and stores the seed', () => {
    const a = quizOf(SEED_FULL_TEXT, 1);
    const b = quizOf(SEED_FULL_TEXT, 2);
    assert.equal(a.seed, 1);
    assert.equal(b.seed, 2);
    assert.notDeepEqual(a.items.map((i) => i.prompt), b.items.map((i) => i.prompt));
  });

  it('has the requested size, a mix of kinds, and comprehension at about 40%', () => {
    const quiz = quizOf(SEED_FULL_TEXT, 3, { size: 10 });
    assert.equal(quiz.items.length, 10);
    const kinds = new Set(quiz.items.map((i) => i.kind));
    assert.ok(kinds.size >= 5, [...kinds].join(','));
    assert.equal(quiz.items.filter((i) => i.kind === 'comprehension').length, 4);
    assert.equal(new Set(quiz.items.map((i) => i.id)).size, 10);
  });

  it('keeps to the kinds asked for', () => {
    const { lesson, doc, analysis } = load(FIXTURE_SOMMET);
    const quiz = generateQuiz(lesson, doc, analysis, { seed: 5, kinds: ['cloze', 'en-fr'], size: 6 });
    assert.equal(quiz.items.length, 6);
    assert.ok(quiz.items.every((i) => i.kind === 'cloze' || i.kind === 'en-fr'));
  });

  it('uses the authored questions of a lesson that has them', () => {
    const { lesson } = load(SEED_FULL_TEXT);
    const items = quizOf(SEED_FULL_TEXT, 9, { size: 30 }).items.filter((i) => i.kind === 'comprehension');
    assert.ok(items.length > 0);
    for (const item of items) {
      assert.equal(item.kind === 'comprehension' && item.focus, 'authored');
      assert.ok(lesson.questions.some((q) => q.choices.join() === (item.kind === 'comprehension' ? item.choices.join() : '')));
    }
  });

  it('generates comprehension for a dispatch without questions, every focus represented', () => {
    const source = (() => { const { lesson, doc, analysis } = load(FIXTURE_SOMMET); return buildQuizSource(lesson, doc, analysis); })();
    const pool = candidateItems(source, { seed: 11, kinds: ['comprehension'] }).get('comprehension') ?? [];
    const focuses = new Set<string>(pool.map((i) => (i.kind === 'comprehension' ? i.focus : '')));
    for (const f of ['speaker', 'where', 'when', 'truefalse', 'attribution']) assert.ok(focuses.has(f), `no ${f} question`);
    // Its two men and one woman make no who-question: « Le président français _____ » with a woman
    // among the choices gives the answer away. The seed's four men do.
    assert.ok(!focuses.has('who'));
    const seed = (() => { const { lesson, doc, analysis } = load(SEED_FULL_TEXT); return buildQuizSource(lesson, doc, analysis); })();
    const seedPool = candidateItems(seed, { seed: 11, kinds: ['comprehension'], generatedComprehension: true }).get('comprehension') ?? [];
    assert.ok(seedPool.some((i) => i.kind === 'comprehension' && i.focus === 'who'));
  });

  it('offers every kind on the seed dispatch', () => {
    const { lesson, doc, analysis } = load(SEED_FULL_TEXT);
    const pools = candidateItems(buildQuizSource(lesson, doc, analysis), { seed: 1, generatedComprehension: true });
    for (const kind of QUIZ_KINDS) assert.ok((pools.get(kind) ?? []).length > 0, `no ${kind} item`);
  });

  it('puts words in frequency bands from the ranks when given, from the gloss origin otherwise', () => {
    const rank = testRank();
    const { lesson, doc, analysis } = load(SEED_FULL_TEXT);
    const ranked = buildQuizSource(lesson, doc, analysis, rank);
    const ranks = ranked.vocab.map((e) => ({ band: e.band, rank: rank(e.lemma, e.pos) })).filter((x) => x.rank !== undefined);
    assert.ok(ranks.length > 10);
    assert.ok(new Set(ranks.map((x) => x.band)).size >= 2, 'several bands');
    for (const a of ranks) for (const b of ranks) if ((a.rank as number) < (b.rank as number)) assert.ok(a.band <= b.band, 'more frequent, lower band');
    const unranked = buildQuizSource(lesson, doc, analysis);
    assert.ok(unranked.vocab.every((e) => e.band >= 0 && e.band <= 3));
  });

  it('refuses an analysis of another text with a named error', () => {
    const { lesson, doc, analysis } = load(FIXTURE_SOMMET);
    assert.throws(() => generateQuiz(lesson, doc, { ...analysis, text: 'autre chose' }, { seed: 1 }), QuizInputError);
  });

  it('property: over many seeds and every lesson, every item is valid and answerable', function () {
    this.timeout(120000);
    const files = allLessonFiles();
    assert.ok(files.length >= 6, `only ${files.length} lessons`);
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), fc.boolean(), (file, seed, generated, ranked) => {
        const { lesson, doc, analysis } = load(file);
        const text = lessonText(lesson);
        const rank = ranked ? testRank() : undefined;
        const quiz = generateQuiz(lesson, doc, analysis, { seed, size: 12, generatedComprehension: generated, rank });
        assert.ok(quiz.items.length > 0);
        for (const item of quiz.items) {
          assert.deepEqual(itemProblems(item, text), [], `${file} seed ${seed}: ${JSON.stringify(item)}`);
          // Exactly one right answer: the key is right, every other choice is wrong.
          assert.equal(checkAnswer(item, rightResponse(item)).correct, true);
          if ('choices' in item) {
            item.choices.forEach((_, i) => assert.equal(checkAnswer(item, i).correct, i === item.answer));
          }
          if (item.kind === 'cloze') assert.ok(text.slice(item.evidence.start, item.evidence.end).includes(item.answer));
        }
      }),
      { numRuns: 150 },
    );
  });
});
