// A finished quiz attempt as the progress store keeps it: one answer per question, the first one
// given; questions left unanswered (the learner stopped) count as wrong, so the score is out of
// the whole quiz ("3/5 questions" in the Lessons tree).
import assert from 'node:assert/strict';
import { abandon, answer, next, startSession, toAttempt } from '../../src/core/quiz/session';
import { QUIZ_SCHEMA_VERSION, type Quiz, type QuizItem } from '../../src/core/quiz/types';
import { attemptAnswers } from '../../src/vscode/progressQuizRecorder';

function choice(id: string): QuizItem {
  return {
    id, kind: 'fr-en', term: id, pos: 'NOUN', prompt: id, choices: ['a', 'b', 'c'], answer: 0,
    evidence: { start: 0, end: 1 }, explanation: '', keys: [`${id}|NOUN`],
  };
}

const quiz: Quiz = { schemaVersion: QUIZ_SCHEMA_VERSION, lessonId: 's/l', seed: 42, items: ['q1', 'q2', 'q3'].map(choice) };
const now = new Date('2026-11-29T12:00:00Z');

describe('quiz attempt -> progress answers', () => {
  it('keeps the first answer to each question, not the second try', () => {
    let s = startSession(quiz);
    s = next(answer(s, 1)); // q1 wrong: comes back at the end
    s = next(answer(s, 0));
    s = next(answer(s, 0));
    s = next(answer(s, 0)); // q1 again, right
    const answers = attemptAnswers(toAttempt(s, now));
    assert.deepEqual(answers, [
      { question: 'q1', given: '1', correct: false },
      { question: 'q2', given: '0', correct: true },
      { question: 'q3', given: '0', correct: true },
    ]);
  });

  it('counts the questions a stopped quiz left unanswered as wrong', () => {
    const s = abandon(next(answer(startSession(quiz), 0)));
    const answers = attemptAnswers(toAttempt(s, now));
    assert.equal(answers.length, 3);
    assert.deepEqual(answers.map((a) => a.correct), [true, false, false]);
    assert.deepEqual(answers.map((a) => a.question), ['q1', 'unanswered-2', 'unanswered-3']);
  });
});
