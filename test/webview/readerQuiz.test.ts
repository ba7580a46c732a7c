// The quiz inside the reader page, in headless Chromium: the real reader bundle and css, the first
// seed lesson's real document and a quiz generated from it. The Quiz button asks the host, the
// drawer opens, a whole quiz is answered by keyboard; after each answer the evidence is
// highlighted in the text and scrolled into view, the next prompt clears it, Esc goes back to the text.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText, PARAGRAPH_SEPARATOR } from '../../src/core/quiz/lessonText';
import { answer, startSession } from '../../src/core/quiz/session';
import type { Quiz, QuizItem } from '../../src/core/quiz/types';
import type { ReaderViewState } from '../../src/protocol';
import { loadQuizInputs, testRank } from '../unit/quizInputs';
import { READER_SURFACE, REPO_ROOT, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { answerByKeyboard } from './quizKeys';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';

const SURFACE: Surface = { ...READER_SURFACE, styles: ['media/reader.css', 'media/quiz.css'] };
const FIRST_LESSON = path.join(REPO_ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md');

const inputs = loadQuizInputs(FIRST_LESSON);
const fullText = lessonText(inputs.lesson);

function quizOf(seed: number): Quiz {
  return generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed, rank: testRank() });
}

/** Spaces as the page shows them (French punctuation gets a non-breaking one). */
const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const marked = (view: WebviewPage): Promise<string> =>
  view.page.evaluate(() => Array.from(document.querySelectorAll('mark.quiz-evidence'), (m) => m.textContent).join(''));

/** Where the first mark stands: between the sticky toolbar and the drawer, i.e. readable. */
async function markVisible(view: WebviewPage): Promise<boolean> {
  return view.page.evaluate(() => {
    const mark = document.querySelector('mark.quiz-evidence')?.getBoundingClientRect();
    const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect();
    const drawer = document.querySelector('.quiz-drawer')?.getBoundingClientRect();
    return !!mark && !!toolbar && !!drawer && mark.top >= toolbar.bottom && mark.bottom <= drawer.top;
  });
}

const currentId = (view: WebviewPage): Promise<string | undefined> =>
  view.page.evaluate(() => document.querySelector<HTMLElement>('.quiz-drawer .quiz')?.dataset.item);

describe('reader: the quiz drawer', function () {
  this.timeout(90000);
  const webview = useWebviewHarness();

  async function openReader(state?: ReaderViewState): Promise<WebviewPage> {
    const view = await webview.open({ surface: SURFACE, state, viewport: { width: 900, height: 640 } });
    await view.post(lessonMessage(inputs.doc));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  it('the Quiz button asks the host; a whole quiz answered by keyboard highlights each evidence in the text', async () => {
    const quiz = quizOf(21);
    assert.ok(quiz.items.some((i) => i.kind === 'comprehension'), 'the lesson has comprehension questions');
    const view = await openReader();
    await view.page.locator('.toolbar [data-action="quiz"]').click();
    await view.waitForPosted('quizRequest');
    await view.post({ type: 'quizStart', quiz, title: inputs.lesson.meta.title });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), true);

    const wrongOnce = quiz.items[1]?.id;
    const seen: string[] = [];
    for (let step = 0; step < quiz.items.length + 1; step++) {
      const id = await currentId(view);
      const item = quiz.items.find((i) => i.id === id) as QuizItem;
      assert.ok(item, `no item ${id}`);
      assert.equal(await marked(view), '', 'a new prompt shows no evidence');
      const firstTime = !seen.includes(item.id);
      seen.push(item.id);
      await answerByKeyboard(view, item, !(firstTime && item.id === wrongOnce));
      // The marks hold the text of each paragraph the evidence covers, without the separator between them.
      const expected = spaces(fullText.slice(item.evidence.start, item.evidence.end).split(PARAGRAPH_SEPARATOR).join(''));
      await view.page.waitForFunction(() => document.querySelector('mark.quiz-evidence'));
      assert.equal(spaces(await marked(view)), expected, `evidence of ${item.id}`);
      assert.ok(await markVisible(view), `the evidence of ${item.id} is scrolled into view above the drawer`);
      await view.page.keyboard.press('Enter');
    }
    await view.page.locator('.quiz-drawer .quiz-summary').waitFor();
    assert.equal(await marked(view), '');

    const answers = await view.postedOfType('quizAnswer');
    assert.equal(answers.length, quiz.items.length + 1);
    assert.ok(answers.every((a) => a.seed === 21 && a.lessonId === inputs.lesson.id));
    const [finished] = await view.waitForPosted('quizFinished');
    const attempt = (finished as unknown as { attempt: { seed: number; summary: { firstTry: number; total: number } } }).attempt;
    assert.equal(attempt.seed, 21);
    assert.equal(attempt.summary.firstTry, quiz.items.length - 1);
    // The text stayed whole: every mark was taken away again.
    assert.equal(spaces(await view.page.locator('.paragraph-text').first().innerText()).length > 0, true);
    assert.deepEqual(view.errors, []);
    assert.deepEqual(await view.cspViolations(), []);
  });

  it('Esc closes the drawer back to the text and clears the evidence; the Quiz button resumes the same question', async () => {
    const quiz = quizOf(5);
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    const first = quiz.items[0] as QuizItem;
    await answerByKeyboard(view, first, true);
    await view.page.waitForFunction(() => document.querySelector('mark.quiz-evidence'));
    await view.page.keyboard.press('Escape');
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), false);
    assert.equal(await marked(view), '');
    assert.equal(await view.page.evaluate(() => document.activeElement?.classList.contains('unit')), true, 'focus is back in the text');
    // The text is as it was: no mark left behind, its words still whole.
    const unitText = inputs.doc.units[0]?.text;
    assert.equal(await view.page.locator('.unit').first().innerText(), unitText);
    // Keys in the text no longer answer the hidden quiz.
    await view.page.keyboard.press('2');
    assert.equal((await view.postedOfType('quizAnswer')).length, 1);

    await view.page.locator('.toolbar [data-action="quiz"]').click();
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), true);
    assert.equal((await view.postedOfType('quizRequest')).length, 0, 'an unfinished quiz reopens without asking the host');
    assert.match(await view.page.locator('.quiz-drawer .quiz-verdict').innerText(), /Right/);
  });

  it('a reloaded page resumes the unfinished quiz from its saved state', async () => {
    const quiz = quizOf(9);
    const item = quiz.items[0] as QuizItem;
    const session = answer(startSession(quiz), item.kind === 'cloze' ? item.answer : item.answer);
    const view = await openReader({ lessonId: inputs.doc.lessonId, scrollTop: 0, prefs: HOVER_PREFS, quiz: session });
    await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
    assert.equal(await currentId(view), item.id);
    await view.page.keyboard.press('Enter');
    assert.equal(await currentId(view), quiz.items[1]?.id);
    // The host lost the attempt in the reload and sends a new quiz: the unfinished one goes on.
    await view.post({ type: 'quizStart', quiz: quizOf(10), title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await currentId(view), quiz.items[1]?.id);
    const state = (await view.state()) as ReaderViewState;
    assert.equal(state.quiz?.quiz.seed, 9);
    assert.equal(state.quiz?.phase, 'question');
  });

  it('draws the evidence in the theme’s find-match colours: a background in light and dark, an outline in high contrast', async () => {
    const quiz = quizOf(3);
    const item = quiz.items.find((i) => i.kind === 'comprehension') as QuizItem;
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz: { ...quiz, items: [item] }, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    await answerByKeyboard(view, item, true);
    const look = () => view.page.locator('mark.quiz-evidence').first().evaluate((m) => {
      const style = getComputedStyle(m);
      return { background: style.backgroundColor, outline: `${style.outlineStyle} ${style.outlineColor}`, color: style.color };
    });
    const light = await look();
    assert.equal(light.background, 'rgba(234, 92, 0, 0.33)');
    await view.setTheme('dark');
    assert.equal((await look()).background, 'rgba(234, 92, 0, 0.33)');
    await view.setTheme('high-contrast');
    const hc = await look();
    assert.equal(hc.outline, 'solid rgb(243, 133, 24)', 'high contrast: the active contrast border');
    assert.equal(hc.color, await view.page.locator('.paragraph-text').first().evaluate((p) => getComputedStyle(p).color), 'the text keeps its colour');
  });
});
