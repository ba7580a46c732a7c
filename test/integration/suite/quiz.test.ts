// The reader's quiz in a real VS Code extension host: Start Quiz on the first seed lesson makes a
// quiz with the lesson's authored comprehension questions, a new seed per attempt, and the answers
// and the finished attempt the webview reports are recorded through the extension's recorder.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import type { Lesson } from '../../../src/core/lesson/model';
import { answer, next, startSession, toAttempt } from '../../../src/core/quiz/session';
import type { Quiz, QuizItem } from '../../../src/core/quiz/types';
import { Commands } from '../../../src/vscode/ids';
import type { MemoryQuizRecorder } from '../../../src/vscode/quizRecorder';

const EXTENSION_ID = 'depeche.depeche';

describe('Dépêche quiz in VS Code', function () {
  this.timeout(60_000);
  let api: DepecheApi;
  let first: Lesson;

  before(async function () {
    const extension = vscode.extensions.getExtension<DepecheApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    const builtin = path.join(extension.extensionPath, 'lessons') + path.sep;
    const seed = (await api.catalog.load()).lessons.filter((l) => l.file.startsWith(builtin));
    first = [...seed].sort((a, b) => a.meta.order - b.meta.order)[0]!;
  });

  it('Start Quiz on the open seed lesson makes a quiz with its authored comprehension questions', async function () {
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const quiz = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    assert.ok(quiz, 'Start Quiz returns the quiz it opened');
    assert.equal(quiz.lessonId, first.id);
    const comprehension = quiz.items.filter((i) => i.kind === 'comprehension');
    assert.ok(comprehension.length >= 3, `${comprehension.length} comprehension questions`);
    const authoredPrompts = new Set(first.questions.map((q) => q.prompt.replace(/[\u00a0\u202f]/g, ' ')));
    for (const item of comprehension) {
      assert.equal(item.focus, 'authored');
      assert.ok(authoredPrompts.has(item.prompt.replace(/[\u00a0\u202f]/g, ' ')), `authored: ${item.prompt}`);
    }
    // An unfinished attempt comes back as it was (same seed, same quiz); a new attempt gets a new seed.
    const again = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    assert.deepEqual(again, quiz);
  });

  it('records the answers and the finished attempt the reader reports, with the attempt’s seed', async function () {
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const quiz = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    const host = api.readerQuiz();
    assert.ok(quiz && host);
    const recorder = api.quizRecorder as MemoryQuizRecorder;
    const before = recorder.answers.length;
    // What the reader page posts as the learner answers every question right.
    let session = startSession(quiz);
    for (const item of quiz.items) {
      const response = rightResponse(item);
      session = answer(session, response);
      host.receive({ type: 'quizAnswer', lessonId: quiz.lessonId, seed: quiz.seed, itemId: item.id, response, correct: true, retry: false, keys: item.keys });
      session = next(session);
    }
    host.receive({ type: 'quizFinished', attempt: toAttempt(session, new Date('2026-11-29T12:00:00Z')) });
    const recorded = recorder.answers.slice(before);
    assert.deepEqual(recorded.map((a) => a.itemId), quiz.items.map((i) => i.id));
    assert.ok(recorded.every((a) => a.seed === quiz.seed && a.lessonId === first.id && a.correct));
    const attempt = recorder.attempts.at(-1);
    assert.equal(attempt?.seed, quiz.seed);
    assert.equal(attempt?.summary.score, 100);
    // The attempt is over: the next Start Quiz is a new attempt, with a new seed.
    const fresh = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    assert.ok(fresh);
    assert.notEqual(fresh.seed, quiz.seed);
  });
});

function rightResponse(item: QuizItem): number | string | number[] {
  return item.answer;
}
