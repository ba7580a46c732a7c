import * as assert from 'node:assert/strict';
import {
  abandon, answer, currentItem, next, progress, QuizSessionError, startSession, summarize, toAttempt,
} from '../../src/core/quiz/session';
import { QUIZ_SCHEMA_VERSION, type Quiz, type QuizItem } from '../../src/core/quiz/types';

function choiceItem(id: string, right: number): QuizItem {
  return {
    id, kind: 'comprehension', focus: 'authored', format: 'choice', prompt: `Question ${id} ?`,
    choices: ['a', 'b', 'c'], answer: right, evidence: { start: 0, end: 5 }, explanation: `Because ${id}.`, keys: [],
  };
}

const quiz: Quiz = {
  schemaVersion: QUIZ_SCHEMA_VERSION,
  lessonId: 'series/lesson',
  seed: 42,
  items: [
    choiceItem('q1', 0),
    choiceItem('q2', 1),
    {
      id: 'q3', kind: 'cloze', prompt: 'Complétez', before: 'la ', after: '.', blank: { start: 3, end: 8 }, answer: 'tâche',
      lemma: 'tâche', pos: 'NOUN', hint: 'task, t…', evidence: { start: 0, end: 9 }, explanation: 'tâche = task.', keys: ['tâche|NOUN'],
    },
  ],
};

describe('quiz session', () => {
  it('asks one item at a time, in order, with feedback after each answer', () => {
    let s = startSession(quiz);
    assert.equal(s.phase, 'question');
    assert.equal(currentItem(s)?.id, 'q1');
    s = answer(s, 0);
    assert.equal(s.phase, 'feedback');
    assert.equal(s.feedback?.correct, true);
    assert.equal(s.feedback?.explanation, 'Because q1.');
    s = next(s);
    assert.equal(currentItem(s)?.id, 'q2');
  });

  it('sends a wrong item back once, at the end, and then moves on whatever the answer', () => {
    let s = startSession(quiz);
    s = next(answer(s, 0)); // q1 right
    s = next(answer(s, 2)); // q2 wrong: comes back
    s = next(answer(s, 'tache')); // q3 wrong (tache is a stain): comes back
    assert.deepEqual(s.queue.map((i) => quiz.items[i]?.id), ['q2', 'q3']);
    assert.deepEqual(progress(s), { answered: 3, total: 5 });
    s = next(answer(s, 2)); // q2 wrong again: not sent back a second time
    assert.equal(currentItem(s)?.id, 'q3');
    s = answer(s, 'tâche');
    assert.equal(s.feedback?.correct, true);
    s = next(s);
    assert.equal(s.phase, 'finished');
    assert.equal(currentItem(s), undefined);

    const summary = summarize(s);
    assert.equal(summary.total, 3);
    assert.equal(summary.firstTry, 1);
    assert.equal(summary.afterRetry, 1);
    assert.equal(summary.score, 33);
    assert.equal(summary.abandoned, false);
    assert.deepEqual(summary.review.map((r) => [r.item, r.expected]), [['q2', 'b'], ['q3', 'tâche']]);
    assert.deepEqual(summary.review[1]?.keys, ['tâche|NOUN']);
  });

  it('refuses an answer during feedback and a « next » during a question', () => {
    const s = startSession(quiz);
    assert.throws(() => next(s), QuizSessionError);
    assert.throws(() => answer(answer(s, 0), 0), QuizSessionError);
  });

  it('stops on Esc with what was answered, marked as abandoned', () => {
    let s = startSession(quiz);
    s = answer(s, 1);
    s = abandon(s);
    assert.equal(s.phase, 'finished');
    const summary = summarize(s);
    assert.equal(summary.abandoned, true);
    assert.equal(summary.firstTry, 0);
    assert.deepEqual(summary.review.map((r) => r.item), ['q1']);
  });

  it('abandoning on the last feedback is finishing', () => {
    let s = startSession({ ...quiz, items: [choiceItem('only', 0)] });
    s = abandon(answer(s, 0));
    assert.equal(summarize(s).abandoned, false);
    assert.equal(summarize(s).score, 100);
  });

  it('is plain JSON, and the attempt keeps the seed and the given time', () => {
    let s = startSession(quiz);
    s = next(answer(s, 0));
    const copy = JSON.parse(JSON.stringify(s));
    assert.deepEqual(copy, s);
    const attempt = toAttempt(s, new Date('2026-01-02T03:04:05Z'));
    assert.equal(attempt.seed, 42);
    assert.equal(attempt.lessonId, 'series/lesson');
    assert.equal(attempt.finishedAt, '2026-01-02T03:04:05.000Z');
    assert.equal(attempt.schemaVersion, QUIZ_SCHEMA_VERSION);
    assert.equal(attempt.answers.length, 1);
  });

  it('an empty quiz starts finished', () => {
    const s = startSession({ ...quiz, items: [] });
    assert.equal(s.phase, 'finished');
    assert.equal(summarize(s).score, 0);
  });
});
