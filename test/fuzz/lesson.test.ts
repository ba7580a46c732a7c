// Fuzz: random lesson files through the lesson parser, the reader document and the quiz. The parser
// returns a lesson or throws its own LessonParseError naming a line of the file; a lesson that
// parses renders (every paragraph's text shown exactly) and quizzes.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { importDepsFromData } from '../../src/core/import/deps';
import type { Lesson } from '../../src/core/lesson/model';
import { LessonParseError, parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';
import { QuizInputError } from '../../src/core/quiz/types';
import type { Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { readerText } from '../unit/importChecks';
import { campaign, FUZZ_TIMEOUT } from './campaign';
import { lessonFile } from './lessonFiles';

/** The lesson, or undefined after a clean LessonParseError (one line, naming a line of the file). */
function parseOrFailCleanly(source: string): Lesson | undefined {
  try {
    return parseLesson(source, 'fuzz/lesson.md');
  } catch (err) {
    if (!(err instanceof LessonParseError)) throw err;
    const lines = source.replace(/\r\n?/g, '\n').split('\n').length;
    assert.ok(err.line >= 1 && err.line <= lines, `line ${err.line} of ${lines}: ${err.message}`);
    assert.ok(err.reason.trim() !== '' && !/\n/.test(err.reason), `not one line: ${JSON.stringify(err.reason)}`);
    return undefined;
  }
}

function renderAndQuiz(lesson: Lesson, analyzer: Analyzer, seed: number): void {
  const doc = buildReaderDocument(lesson, analyzer);
  lesson.paragraphs.forEach((p, i) => assert.equal(readerText(doc, i), p.text, `paragraph ${i + 1} in the reader`));
  try {
    generateQuiz(lesson, doc, analyzer.analyze(lessonText(lesson)), { seed });
  } catch (err) {
    if (!(err instanceof QuizInputError)) throw err;
  }
}

describe('fuzz: lesson parser, reader document, quiz', function () {
  this.timeout(FUZZ_TIMEOUT);
  let analyzer: Analyzer;
  before(() => {
    analyzer = importDepsFromData(analysisDataDir()).analyzer;
  });

  it('parses a random lesson file or fails with a LessonParseError naming its line; what parses renders and quizzes', () => {
    let parsed = 0;
    fc.assert(
      fc.property(lessonFile, fc.nat(), (source, seed) => {
        const lesson = parseOrFailCleanly(source);
        if (!lesson) return;
        parsed += 1;
        renderAndQuiz(lesson, analyzer, seed);
      }),
      campaign(300),
    );
    assert.ok(parsed > 0, 'no random lesson parsed: the generator no longer reaches the reader document');
  });
});
