// A quiz draws on at most QUIZ_WORD_BUDGET running words: a lesson of ordinary size is quizzed
// whole, the largest the format allows only on its first paragraphs (not seconds of generation).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';
import { QUIZ_WORD_BUDGET, quizPortion } from '../../src/core/quiz/portion';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { largeFrenchLesson } from '../bench/sizesLessons';
import { analysisDataDir } from './helpers/analysisData';

const SEED_LESSON = join(__dirname, '..', '..', 'lessons', 'wang-yi-lavrov', '04-texte-integral.md');
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('quiz: the part of a lesson it draws on', () => {
  it('is the lesson itself within the budget', () => {
    const lesson = parseLesson(readFileSync(SEED_LESSON, 'utf8'), SEED_LESSON);
    assert.equal(quizPortion(lesson), lesson);
  });

  it('is the first paragraphs of a lesson beyond it, a prefix of its text, with the questions found there', function () {
    this.timeout(120000);
    const lesson = parseLesson(largeFrenchLesson(200_000), '/tmp/large.md');
    const portion = quizPortion(lesson);
    assert.ok(portion.paragraphs.length < lesson.paragraphs.length);
    assert.ok(words(lessonText(portion)) <= QUIZ_WORD_BUDGET);
    assert.ok(lessonText(lesson).startsWith(lessonText(portion)), 'evidence offsets stay those of the whole lesson');
    assert.ok(portion.questions.every((q) => q.evidence.paragraph < portion.paragraphs.length));
    assert.equal(portion.translation, undefined);
    const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
    const quiz = generateQuiz(portion, buildReaderDocument(portion, analyzer), analyzer.analyze(lessonText(portion)), { seed: 7 });
    assert.ok(quiz.items.length > 0);
    assert.equal(quiz.lessonId, lesson.id);
  });

  it('keeps a first paragraph longer than the budget', () => {
    const lesson = parseLesson(readFileSync(SEED_LESSON, 'utf8'), SEED_LESSON);
    assert.equal(quizPortion(lesson, 1).paragraphs.length, 1);
  });
});
