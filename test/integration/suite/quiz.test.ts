// The reader's quiz in a real VS Code extension host: Start Quiz on the first seed lesson makes a
// quiz with the lesson's authored comprehension questions, a new seed per attempt; the answers and
// the finished attempt the page reports go into the learner's progress, and the Lessons tree shows them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DepecheApi } from '../../../src/extension';
import type { Lesson } from '../../../src/core/lesson/model';
import { answer, next, startSession, toAttempt } from '../../../src/core/quiz/session';
import type { Quiz } from '../../../src/core/quiz/types';
import { Commands } from '../../../src/vscode/ids';
import { eventually } from './eventually';
import { wrongResponse } from '../../unit/quizResponses';

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

  it('records the answers and the finished attempt in the progress, with the attempt’s seed; the tree shows the score', async function () {
    await vscode.commands.executeCommand(Commands.openLesson, first.id);
    const quiz = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    const reader = api.readerPanel();
    assert.ok(quiz && reader);
    // What the reader page posts as the learner answers: the first question wrong, the others right.
    let session = startSession(quiz);
    while (session.phase === 'question') {
      const item = quiz.items[session.queue[0]!]!;
      const wrongFirst = item === quiz.items[0] && session.answers.length === 0;
      const response = wrongFirst ? wrongResponse(item) : item.answer;
      session = answer(session, response);
      const last = session.answers.at(-1)!;
      reader.receive({ type: 'quizAnswer', lessonId: quiz.lessonId, seed: quiz.seed, itemId: item.id, response, correct: last.correct, retry: last.retry, keys: item.keys });
      session = next(session);
    }
    reader.receive({ type: 'quizFinished', attempt: toAttempt(session, new Date()) });
    const progress = await api.progress.ready();
    const attempt = await eventually(() => {
      const latest = progress.document.quizzes[first.id]?.at(-1);
      assert.equal(latest?.seed, quiz.seed);
      return latest!;
    });
    assert.equal(attempt.total, quiz.items.length);
    assert.equal(attempt.score, quiz.items.length - 1);
    // Every vocabulary key a first answer exercised was graded by the quiz.
    const keys = quiz.items.filter((i) => i.kind !== 'comprehension').flatMap((i) => i.keys);
    assert.ok(keys.length > 0, 'the quiz has vocabulary items');
    for (const key of keys) assert.ok(progress.record(key)?.history?.some((e) => e.source === 'quiz'), `${key} graded by the quiz`);
    // And each is recorded as met in the lesson: a sentence of it holding the word, and its gloss.
    const doc = reader.readerDocument!;
    for (const key of keys) {
      const record = progress.record(key)!;
      const met = record.met?.find((m) => m.lesson === first.id);
      assert.ok(met, `${key} names the lesson: ${JSON.stringify(record.met)}`);
      const unit = doc.units.find((u) => u.key === key);
      if (!unit) continue; // a key the text spells otherwise: the lesson alone
      assert.ok(progress.document.sentences.get(met.sentence!)?.includes(met.form!), `${key}: a sentence holding «${met.form}»`);
      // A word met in another lesson first keeps the gloss it was met with there.
      const metHereOnly = (record.met ?? []).every((m) => m.lesson === first.id);
      if (unit.gloss && metHereOnly) assert.equal(record.gloss, unit.gloss, `${key}: its gloss`);
      else assert.ok(record.gloss, `${key}: a gloss`);
    }
    api.setProgressSource(api.lessonProgress);
    await eventually(async () => {
      const lessons = (await Promise.all((await api.lessonTree.getChildren()).map((s) => api.lessonTree.getChildren(s)))).flat();
      const node = lessons.find((n) => n.kind === 'lesson' && n.lesson.id === first.id);
      assert.ok(node, 'the lesson is in the tree');
      const tooltip = api.lessonTree.getTreeItem(node).tooltip;
      assert.match(tooltip instanceof vscode.MarkdownString ? tooltip.value : String(tooltip), new RegExp(`Quiz: ${quiz.items.length - 1} of ${quiz.items.length} questions right`));
    });
    // The attempt is over: the next Start Quiz is a new attempt, with a new seed.
    const fresh = await vscode.commands.executeCommand<Quiz | undefined>(Commands.startQuiz);
    assert.ok(fresh);
    assert.notEqual(fresh.seed, quiz.seed);
  });
});
