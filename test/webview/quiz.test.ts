// The quiz webview in headless Chromium: the real bundle and CSS in the real HTML shell, a quiz
// generated from a real lesson, answered entirely by keyboard.
import assert from 'node:assert/strict';
import { candidateItems, generateQuiz } from '../../src/core/quiz/generate';
import { buildQuizSource } from '../../src/core/quiz/source';
import { answer, next, startSession } from '../../src/core/quiz/session';
import { QUIZ_SCHEMA_VERSION, type Quiz, type QuizItem } from '../../src/core/quiz/types';
import type { QuizViewState } from '../../src/protocol';
import { FIXTURE_SOMMET, loadQuizInputs, SEED_FULL_TEXT } from '../unit/quizInputs';
import { useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { answerByKeyboard, unaccented } from './quizKeys';

const QUIZ_SURFACE: Surface = { name: 'quiz', script: 'dist/webview/quiz.js', styles: ['media/quiz.css'] };

function quizOf(file: string, seed: number, size = 10): Quiz {
  const { lesson, doc, analysis } = loadQuizInputs(file);
  return generateQuiz(lesson, doc, analysis, { seed, size });
}

describe('quiz webview', function () {
  this.timeout(60000);
  const webview = useWebviewHarness();

  async function openQuiz(quiz: Quiz, state?: QuizViewState): Promise<WebviewPage> {
    const view = await webview.open({ surface: QUIZ_SURFACE, state });
    assert.deepEqual(await view.posted(), [{ type: 'ready' }]);
    await view.post({ type: 'quizStart', quiz, title: 'Test lesson' });
    await view.page.locator('.quiz-card, .quiz-summary').first().waitFor();
    return view;
  }

  const currentId = (view: WebviewPage): Promise<string | undefined> =>
    view.page.evaluate(() => document.querySelector<HTMLElement>('.quiz')?.dataset.item);

  it('answers a whole quiz by keyboard: feedback each time, wrong items back once, then the summary', async () => {
    const quiz = quizOf(SEED_FULL_TEXT, 11);
    const view = await openQuiz(quiz);
    const wrongOnce = new Set([quiz.items[0]?.id, quiz.items[3]?.id]);
    const seen: string[] = [];
    for (let step = 0; step < quiz.items.length + wrongOnce.size; step++) {
      const id = await currentId(view);
      const item = quiz.items.find((i) => i.id === id);
      assert.ok(item, `no item ${id}`);
      const firstTime = !seen.includes(item.id);
      seen.push(item.id);
      await answerByKeyboard(view, item, !(firstTime && wrongOnce.has(item.id)));
      const feedback = view.page.locator('.quiz-feedback');
      assert.equal(await feedback.getAttribute('role'), 'status');
      assert.ok((await view.page.locator('.quiz-explanation').innerText()).length > 0);
      if (!firstTime) assert.equal(await view.page.locator('.quiz-again').count(), 1);
      await view.page.keyboard.press('Enter');
    }
    await view.page.locator('.quiz-summary').waitFor();
    assert.deepEqual(seen.slice(-2), [quiz.items[0]?.id, quiz.items[3]?.id], 'the wrong items come back at the end, in order');

    const score = await view.page.locator('.quiz-score').innerText();
    assert.match(score, /^80\u00a0%/);
    assert.match(score, /8 of 10 right at the first try, 2 more the second time/);
    assert.equal(await view.page.locator('.quiz-review-item').count(), 2);

    const answers = await view.postedOfType('quizAnswer');
    assert.equal(answers.length, 12);
    const shown = await view.postedOfType('showEvidence');
    assert.equal(shown.length, 12, 'the evidence is shown after every answer');
    assert.deepEqual(shown[0]?.evidence, quiz.items.find((i) => i.id === answers[0]?.itemId)?.evidence);
    assert.deepEqual(answers.filter((a) => !a.correct).map((a) => a.itemId), [quiz.items[0]?.id, quiz.items[3]?.id]);
    const [finished] = await view.waitForPosted('quizFinished');
    const attempt = (finished as unknown as { attempt: { seed: number; summary: { score: number } } }).attempt;
    assert.equal(attempt.seed, 11);
    assert.equal(attempt.summary.score, 80);

    await view.page.keyboard.press('Escape');
    await view.waitForPosted('quizClosed');
    assert.deepEqual(view.errors, []);
    assert.deepEqual(await view.cspViolations(), []);
  });

  it('a typed answer without its accents is accepted with the correction shown', async () => {
    const { lesson, doc, analysis } = loadQuizInputs(FIXTURE_SOMMET);
    const pool = candidateItems(buildQuizSource(lesson, doc, analysis), { seed: 3, kinds: ['cloze'] }).get('cloze') ?? [];
    const cloze = pool.find((i): i is Extract<QuizItem, { kind: 'cloze' }> => i.kind === 'cloze' && unaccented(i.answer) !== i.answer);
    assert.ok(cloze, 'the fixture has an accented cloze answer');
    const quiz = quizOf(FIXTURE_SOMMET, 3);
    const view = await openQuiz({ ...quiz, items: [cloze] });
    assert.equal(await view.page.evaluate(() => document.activeElement?.className), 'quiz-input');
    await answerByKeyboard(view, cloze, true);
    assert.match(await view.page.locator('.quiz-verdict').innerText(), /Right/);
    assert.equal(await view.page.locator('.quiz-correction').innerText(), `Spelling: ${cloze.answer}`);
  });

  it('Tab reaches « Show in text », which posts the evidence; Esc stops the quiz with a summary', async () => {
    const quiz = quizOf(SEED_FULL_TEXT, 4);
    const view = await openQuiz(quiz);
    const first = quiz.items[0];
    assert.ok(first);
    await answerByKeyboard(view, first, true);
    await view.page.keyboard.press('Shift+Tab'); // from « Next » back to « Show in text »
    assert.equal(await view.page.evaluate(() => document.activeElement?.textContent), 'Show in text');
    assert.equal((await view.postedOfType('showEvidence')).length, 1, 'shown once after the answer');
    await view.page.keyboard.press('Enter');
    const shown = await view.waitForPosted('showEvidence', 2);
    assert.deepEqual((shown[1] as unknown as { evidence: unknown }).evidence, first.evidence);
    await view.page.keyboard.press('Escape');
    await view.page.locator('.quiz-summary').waitFor();
    assert.equal(await view.page.locator('.quiz-summary h2').innerText(), 'Quiz stopped');
    const [finished] = await view.waitForPosted('quizFinished');
    assert.equal((finished as unknown as { attempt: { summary: { abandoned: boolean } } }).attempt.summary.abandoned, true);
  });

  it('resumes a saved session after a reload, at the same question', async () => {
    const quiz = quizOf(SEED_FULL_TEXT, 5);
    let session = startSession(quiz);
    const firstItem = quiz.items[0] as QuizItem;
    session = next(answer(session, firstItem.kind === 'cloze' ? firstItem.answer : firstItem.answer));
    const view = await openQuiz(quiz, { title: 'Test lesson', session });
    assert.equal(await currentId(view), quiz.items[1]?.id);
    assert.match(await view.page.locator('.quiz-progress').innerText(), /Question 2 of 10/);
    const state = (await view.state()) as QuizViewState;
    assert.equal(state.session.answers.length, 1);
  });

  it('shows hostile text as text: no markup from a quiz runs', async () => {
    const hostile: Quiz = {
      schemaVersion: QUIZ_SCHEMA_VERSION,
      lessonId: 'x/y',
      seed: 1,
      items: [{
        id: 'h', kind: 'comprehension', focus: 'authored', format: 'choice',
        prompt: 'Qui <img src=x onerror="window.__pwned=1"> ?', choices: ['<script>window.__pwned=2</script>', 'b'], answer: 1,
        evidence: { start: 0, end: 1 }, explanation: '*bold* <img src=y onerror="window.__pwned=3">', keys: [],
      }],
    };
    const view = await openQuiz(hostile);
    assert.match(await view.page.locator('.quiz-prompt').innerText(), /<img src=x/);
    await view.page.keyboard.press('1');
    await view.page.locator('.quiz-feedback').waitFor();
    assert.equal(await view.page.locator('.quiz-explanation em').innerText(), 'bold');
    assert.equal(await view.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await view.page.locator('img').count(), 0);
  });
});
