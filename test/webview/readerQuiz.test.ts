// The quiz inside the reader page, in headless Chromium: the real reader bundle and css, the first
// seed lesson's real document and a quiz generated from it. The Quiz button asks the host, the
// drawer opens, a whole quiz is answered by keyboard; after each answer the evidence is
// highlighted in the text and scrolled into view, the next prompt clears it, Esc goes back to the text.
// Also what the learner sees in the drawer itself: the feedback, a typed answer's spelling, the
// summary, a session resumed after a reload, and a quiz's text kept as text.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { candidateItems, generateQuiz } from '../../src/core/quiz/generate';
import { lessonText, PARAGRAPH_SEPARATOR } from '../../src/core/quiz/lessonText';
import { answer, currentItem, next, startSession, type QuizSessionState } from '../../src/core/quiz/session';
import { buildQuizSource } from '../../src/core/quiz/source';
import { QUIZ_SCHEMA_VERSION, type ClozeItem, type MatchItem, type Quiz, type QuizItem } from '../../src/core/quiz/types';
import type { ReaderViewState } from '../../src/protocol';
import { loadQuizInputs, testRank } from '../unit/quizInputs';
import { READER_SURFACE, REPO_ROOT, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { answerByKeyboard, unaccented } from './quizKeys';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import { wrongResponse } from '../unit/quizResponses';

const SURFACE: Surface = { ...READER_SURFACE, styles: ['media/common.css', 'media/reader.css', 'media/quiz.css'] };
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

/** Scrolls the first mark out of view: to the top of the page, or to its end when the mark is near the top. */
async function scrollMarkAway(view: WebviewPage): Promise<void> {
  await view.page.evaluate(() => {
    const mark = document.querySelector('mark.quiz-evidence');
    if (!mark) return;
    const top = mark.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top > window.innerHeight ? 0 : document.documentElement.scrollHeight);
  });
}

/** The text of the evidence as the marks show it: each paragraph's part, without the separator. */
const evidenceText = (item: QuizItem): string =>
  spaces(fullText.slice(item.evidence.start, item.evidence.end).split(PARAGRAPH_SEPARATOR).join(''));

/** A session with every answer wrong, twice, on the feedback of its last answer: Enter sums up. */
function allWrongBeforeSummary(quiz: Quiz): QuizSessionState {
  let state = startSession(quiz);
  for (;;) {
    const item = currentItem(state) as QuizItem;
    state = answer(state, wrongResponse(item));
    if (next(state).phase === 'finished') return state;
    state = next(state);
  }
}

/** Which of these parts of the drawer are not wholly inside its visible box. */
async function outsideDrawer(view: WebviewPage, selectors: string[]): Promise<string[]> {
  return view.page.evaluate((list) => {
    const drawer = document.querySelector('.quiz-drawer')!.getBoundingClientRect();
    return list.filter((selector) => {
      const part = document.querySelector(selector)?.getBoundingClientRect();
      return !part || part.height === 0 || part.top < drawer.top - 0.5 || part.bottom > drawer.bottom + 0.5;
    });
  }, selectors);
}

const currentId = (view: WebviewPage): Promise<string | undefined> =>
  view.page.evaluate(() => document.querySelector<HTMLElement>('.quiz-drawer .quiz')?.dataset.item);

describe('reader: the quiz drawer', function () {
  this.timeout(90000);
  const webview = useWebviewHarness();

  async function openReader(state?: ReaderViewState, permissiveCsp = false): Promise<WebviewPage> {
    const view = await webview.open({ surface: SURFACE, state, permissiveCsp, viewport: { width: 900, height: 640 } });
    await view.post(lessonMessage(inputs.doc));
    await view.page.locator('.unit').first().waitFor();
    return view;
  }

  it('the Quiz button asks the host; a whole quiz answered by keyboard highlights each evidence, brings wrong items back once, then sums up', async () => {
    const quiz = quizOf(21);
    assert.ok(quiz.items.some((i) => i.kind === 'comprehension'), 'the lesson has comprehension questions');
    assert.equal(quiz.items.length, 10);
    const view = await openReader();
    await view.page.locator('.toolbar [data-action="quiz"]').click();
    await view.waitForPosted('quizRequest');
    await view.post({ type: 'quizStart', quiz, title: inputs.lesson.meta.title });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), true);

    const wrongOnce = [quiz.items[1]?.id, quiz.items[3]?.id];
    const seen: string[] = [];
    for (let step = 0; step < quiz.items.length + wrongOnce.length; step++) {
      const id = await currentId(view);
      const item = quiz.items.find((i) => i.id === id) as QuizItem;
      assert.ok(item, `no item ${id}`);
      assert.equal(await marked(view), '', 'a new prompt shows no evidence');
      const firstTime = !seen.includes(item.id);
      seen.push(item.id);
      await answerByKeyboard(view, item, !(firstTime && wrongOnce.includes(item.id)));
      assert.equal(await view.page.locator('.quiz-drawer .quiz-feedback').getAttribute('role'), 'status', 'the feedback is announced');
      assert.ok((await view.page.locator('.quiz-drawer .quiz-explanation').innerText()).length > 0, `explanation of ${item.id}`);
      assert.equal(await view.page.locator('.quiz-drawer .quiz-again').count(), firstTime ? 0 : 1, `« Second try » on ${item.id}`);
      await view.page.waitForFunction(() => document.querySelector('mark.quiz-evidence'));
      assert.equal(spaces(await marked(view)), evidenceText(item), `evidence of ${item.id}`);
      assert.ok(await markVisible(view), `the evidence of ${item.id} is scrolled into view above the drawer`);
      await view.page.keyboard.press('Enter');
    }
    await view.page.locator('.quiz-drawer .quiz-summary').waitFor();
    assert.equal(await marked(view), '');
    assert.deepEqual(seen.slice(-2), wrongOnce, 'the wrong items come back at the end, in order');

    assert.equal(await view.page.locator('.quiz-drawer .quiz-summary h2').innerText(), 'Quiz done');
    const score = await view.page.locator('.quiz-drawer .quiz-score').innerText();
    // English typography in the English UI: no space before %, and "on the first try".
    assert.match(score, /^80% 8 of 10 right on the first try, 2 more the second time\.$/);
    assert.equal(await view.page.locator('.quiz-drawer .quiz-review-item').count(), 2);

    const answers = await view.postedOfType('quizAnswer');
    assert.equal(answers.length, quiz.items.length + wrongOnce.length);
    assert.ok(answers.every((a) => a.seed === 21 && a.lessonId === inputs.lesson.id));
    assert.deepEqual(answers.filter((a) => !a.correct).map((a) => a.itemId), wrongOnce);
    const shown = await view.postedOfType('showEvidence');
    assert.equal(shown.length, answers.length, 'the evidence is shown after every answer');
    assert.deepEqual(shown[0]?.evidence, quiz.items.find((i) => i.id === answers[0]?.itemId)?.evidence);
    const [finished] = await view.waitForPosted('quizFinished');
    const attempt = (finished as unknown as { attempt: { seed: number; summary: { firstTry: number; total: number; score: number } } }).attempt;
    assert.equal(attempt.seed, 21);
    assert.equal(attempt.summary.firstTry, quiz.items.length - wrongOnce.length);
    assert.equal(attempt.summary.score, 80);
    // The text stayed whole: every mark was taken away again.
    assert.equal(spaces(await view.page.locator('.paragraph-text').first().innerText()).length > 0, true);

    // Esc on the summary closes the drawer and tells the host.
    await view.page.keyboard.press('Escape');
    await view.waitForPosted('quizClosed');
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), false);
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
    assert.equal(await view.page.evaluate(() => document.activeElement?.id), 'lesson-text', 'focus is back in the text');
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

  it('a reloaded page resumes the quiz at the same question, and its keys answer it at once', async () => {
    const quiz = quizOf(5);
    const [first, second] = quiz.items as [QuizItem, QuizItem];
    const session = next(answer(startSession(quiz), first.answer));
    const view = await openReader({ lessonId: inputs.doc.lessonId, scrollTop: 0, prefs: HOVER_PREFS, quiz: session });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await currentId(view), second.id);
    assert.match(await view.page.locator('.quiz-drawer .quiz-progress').innerText(), /Question 2 of 10/);
    assert.equal(await view.page.locator('.quiz-drawer .quiz-feedback').count(), 0, 'a question, not the feedback of the last one');
    assert.equal((await view.postedOfType('quizRequest')).length, 0, 'the saved session needs nothing from the host');
    await answerByKeyboard(view, second, true);
    assert.match(await view.page.locator('.quiz-drawer .quiz-verdict').innerText(), /Right/);
    const [posted] = await view.waitForPosted('quizAnswer');
    assert.equal(posted?.itemId, second.id);
    assert.equal(posted?.seed, 5);
    const state = (await view.state()) as ReaderViewState;
    assert.deepEqual(state.quiz?.answers.map((a) => a.item), [first.id, second.id]);
  });

  it('a typed answer without its accents is accepted, with the spelling shown', async () => {
    const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
    const pool = candidateItems(source, { seed: 3, kinds: ['cloze'], rank: testRank() }).get('cloze') ?? [];
    const cloze = pool.find((i): i is Extract<QuizItem, { kind: 'cloze' }> => i.kind === 'cloze' && unaccented(i.answer) !== i.answer);
    assert.ok(cloze, 'the lesson has an accented cloze answer');
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz: { ...quizOf(3), items: [cloze] }, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.evaluate(() => document.activeElement?.className), 'quiz-input', 'focus is in the blank');
    await answerByKeyboard(view, cloze, true);
    assert.match(await view.page.locator('.quiz-drawer .quiz-verdict').innerText(), /Right/);
    assert.equal(await view.page.locator('.quiz-drawer .quiz-correction').innerText(), `Spelling: ${cloze.answer}`);
    const [posted] = await view.waitForPosted('quizAnswer');
    assert.equal(posted?.correct, true);
  });

  it('Tab reaches « Show in text », which brings the evidence back into view; Esc puts the quiz away unfinished', async () => {
    const quiz = quizOf(4);
    const item = quiz.items.find((i) => i.kind === 'comprehension') as QuizItem;
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz: { ...quiz, items: [item] }, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    await answerByKeyboard(view, item, true);
    await view.page.waitForFunction(() => document.querySelector('mark.quiz-evidence'));
    assert.equal((await view.postedOfType('showEvidence')).length, 1, 'shown once after the answer');
    await scrollMarkAway(view);
    assert.equal(await markVisible(view), false, 'the evidence is scrolled out of view');

    await view.page.keyboard.press('Shift+Tab'); // from « Next » back to « Show in text »
    assert.equal(await view.page.evaluate(() => document.activeElement?.textContent), 'Show in text');
    await view.page.keyboard.press('Enter');
    const shown = await view.waitForPosted('showEvidence', 2);
    assert.deepEqual(shown[1]?.evidence, item.evidence);
    assert.equal(spaces(await marked(view)), evidenceText(item));
    assert.ok(await markVisible(view), 'the evidence is back in view above the drawer');
    assert.equal(await currentId(view), item.id, 'still on the feedback: Enter on the link does not move on');

    // In the reader, Esc closes the drawer: the quiz is neither stopped nor summed up.
    await view.page.keyboard.press('Escape');
    await view.waitForPosted('quizClosed');
    assert.equal(await view.page.locator('.quiz-drawer').isVisible(), false);
    assert.equal((await view.postedOfType('quizFinished')).length, 0);
    const state = (await view.state()) as ReaderViewState;
    assert.equal(state.quiz?.phase, 'feedback');
  });

  it('shows a quiz’s hostile text as text: no markup from it runs, even under a CSP that would allow it', async () => {
    const hostile: Quiz = {
      schemaVersion: QUIZ_SCHEMA_VERSION,
      lessonId: inputs.doc.lessonId,
      seed: 1,
      items: [{
        id: 'h', kind: 'comprehension', focus: 'authored', format: 'choice',
        prompt: 'Qui <img src=x onerror="window.__pwned=1"> ?', choices: ['<script>window.__pwned=2</script>', 'b'], answer: 1,
        evidence: { start: 0, end: 1 }, explanation: '*bold* <img src=y onerror="window.__pwned=3">', keys: [],
      }],
    };
    const title = '<img src=z onerror="window.__pwned=4">';
    const view = await openReader(undefined, true);
    await view.post({ type: 'quizStart', quiz: hostile, title });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.locator('.quiz-drawer-title').innerText(), `Quiz \u00b7 ${title}`);
    assert.equal(await view.page.locator('.quiz-drawer .quiz-prompt').innerText(), 'Qui <img src=x onerror="window.__pwned=1"> ?');
    assert.equal(await view.page.locator('.quiz-drawer .quiz-choice-text').first().innerText(), '<script>window.__pwned=2</script>');
    await view.page.keyboard.press('1');
    await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
    assert.equal(await view.page.locator('.quiz-drawer .quiz-explanation em').innerText(), 'bold');
    assert.match(await view.page.locator('.quiz-drawer .quiz-explanation').innerText(), /<img src=y/);
    const built = await view.page.evaluate(() => ({
      elements: document.querySelectorAll('.quiz-drawer img, .quiz-drawer script').length,
      handlers: Array.from(document.querySelectorAll('.quiz-drawer *')).filter((e) => e.hasAttribute('onerror')).length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    }));
    assert.deepEqual(built, { elements: 0, handlers: 0, pwned: null });
    assert.deepEqual(view.errors, []);
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

  it('a cloze hides its answer in the text while its question is open, everywhere the text has it; answering uncovers it as evidence', async () => {
    const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
    const clozes = candidateItems(source, { seed: 5, kinds: ['cloze'], rank: testRank() }).get('cloze') ?? [];
    // A word the lesson has more than once, so that the other places must be hidden too.
    const cloze = clozes.find((c) => c.kind === 'cloze' && fullText.split(c.answer).length > 2) as ClozeItem | undefined;
    assert.ok(cloze, clozes.map((c) => (c.kind === 'cloze' ? c.answer : '')).join(', '));
    const quiz: Quiz = { schemaVersion: QUIZ_SCHEMA_VERSION, lessonId: inputs.lesson.id, seed: 5, items: [cloze] };
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();

    const hidden = () => view.page.evaluate(() => Array.from(document.querySelectorAll('mark.quiz-hidden'), (m) => ({
      text: m.textContent, color: getComputedStyle(m).color, ariaHidden: m.getAttribute('aria-hidden'),
      unitUnreachable: m.closest('.unit') ? getComputedStyle(m.closest('.unit')!).pointerEvents === 'none' : true,
    })));
    const open = await hidden();
    const wholeWord = new RegExp(`(?<![\\p{L}])${cloze.answer}(?![\\p{L}])`, 'gu');
    assert.equal(open.length, fullText.match(wholeWord)?.length, 'every place the text has the word');
    for (const h of open) {
      assert.equal(h.text, cloze.answer);
      assert.equal(h.color, 'rgba(0, 0, 0, 0)', 'the letters are not drawn');
      assert.equal(h.ariaHidden, 'true', 'a screen reader does not read it out');
      assert.ok(h.unitUnreachable, 'no gloss on hover gives it away');
    }
    // Hovering or clicking where the word stands opens no tooltip and no card with its lemma.
    const box = await view.page.locator('mark.quiz-hidden').first().boundingBox();
    assert.ok(box);
    await view.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await view.page.waitForTimeout(400);
    assert.equal(await view.page.locator('#gloss-tooltip').isVisible(), false, 'no tooltip');
    await view.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await view.page.locator('#gloss-card').isVisible(), false, 'no card');
    await view.page.locator('.quiz-drawer .quiz-input').focus();
    for (const theme of ['dark', 'high-contrast'] as const) {
      await view.setTheme(theme);
      assert.ok((await hidden()).every((h) => h.color === 'rgba(0, 0, 0, 0)'), `hidden in ${theme}`);
    }
    await view.setTheme('light');

    await answerByKeyboard(view, cloze, true);
    await view.page.waitForFunction(() => document.querySelector('mark.quiz-evidence'));
    assert.deepEqual(await hidden(), [], 'answered: nothing hidden');
    assert.ok(spaces(await marked(view)).includes(spaces(cloze.answer)), 'the evidence shows the word');
    await view.page.keyboard.press('Escape');
    assert.deepEqual(await hidden(), []);
  });

  it('a question that is not a cloze hides nothing', async () => {
    const quiz = quizOf(3);
    const item = quiz.items.find((i) => i.kind === 'comprehension') as QuizItem;
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz: { ...quiz, items: [item] }, title: 'Rencontre' });
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    assert.equal(await view.page.locator('mark.quiz-hidden').count(), 0);
  });

  describe('in a small window', () => {
    const SMALL = { width: 900, height: 440 };

    it('keeps the drawer title, the question header and the prompt in view on a matching item', async () => {
      const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
      const pool = candidateItems(source, { seed: 3, kinds: ['match'], rank: testRank() }).get('match') ?? [];
      const match = pool.find((i) => i.kind === 'match');
      assert.ok(match && match.kind === 'match' && match.left.length >= 4, 'the lesson has a matching item of 4 rows or more');
      const view = await webview.open({ surface: SURFACE, viewport: SMALL });
      await view.post(lessonMessage(inputs.doc));
      await view.page.locator('.unit').first().waitFor();
      await view.post({ type: 'quizStart', quiz: { ...quizOf(3), items: [match] }, title: 'Rencontre' });
      await view.page.locator('.quiz-drawer .quiz-match').waitFor();
      const kept = ['.quiz-drawer-title', '.quiz-drawer .quiz-progress', '.quiz-drawer .quiz-prompt'];
      // Numbering the rows moves the focus down to the last one, which comes into view.
      for (const j of match.answer.slice(0, -1)) await view.page.keyboard.press(String(j + 1));
      assert.equal(await view.page.evaluate(() => document.activeElement?.getAttribute('data-row')), String(match.left.length - 1));
      assert.deepEqual(await outsideDrawer(view, [...kept, '.quiz-drawer .quiz-slot:focus']), []);
      // The wheel over the pairs scrolls them, not the prompt away.
      const pairs = (await view.page.locator('.quiz-drawer .quiz-match').boundingBox())!;
      await view.page.mouse.move(pairs.x + pairs.width / 2, pairs.y + 10);
      for (const dy of [-400, 400]) {
        await view.page.mouse.wheel(0, dy);
        await view.page.waitForTimeout(200);
        assert.deepEqual(await outsideDrawer(view, kept), [], `after the wheel by ${dy}`);
      }
      assert.deepEqual(await outsideDrawer(view, ['.quiz-drawer .quiz-match-row:last-child']), [], 'the last row is reached');
      await view.page.keyboard.press(String(match.answer[match.answer.length - 1]! + 1));
      await view.page.keyboard.press('Enter');
      await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
      assert.deepEqual(await outsideDrawer(view, [...kept, '.quiz-drawer .quiz-next']), []);
    });

    it('keeps the drawer title and the score in view on a summary with a long list to review', async () => {
      const quiz = quizOf(21);
      const session = allWrongBeforeSummary(quiz);
      const view = await webview.open({
        surface: SURFACE, viewport: SMALL, state: { lessonId: inputs.doc.lessonId, scrollTop: 0, prefs: HOVER_PREFS, quiz: session },
      });
      await view.post(lessonMessage(inputs.doc));
      await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
      await view.page.keyboard.press('Enter');
      await view.page.locator('.quiz-drawer .quiz-summary').waitFor();
      assert.equal(await view.page.locator('.quiz-drawer .quiz-review-item').count(), 10);
      assert.match(await view.page.locator('.quiz-drawer .quiz-score').innerText(), /^0% 0 of 10 right on the first try\.$/);
      assert.equal(await view.page.evaluate(() => document.activeElement?.textContent), 'New attempt (N)');
      assert.deepEqual(await outsideDrawer(view, [
        '.quiz-drawer-title', '.quiz-drawer .quiz-summary h2', '.quiz-drawer .quiz-score', '.quiz-drawer .quiz-summary .quiz-actions',
      ]), []);
    });
  });

  it('names each kind of question in plain words, and shows only the keys that kind answers to', async () => {
    const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
    const pools = candidateItems(source, { seed: 3, kinds: ['comprehension', 'cloze', 'match'], rank: testRank() });
    const first = (kind: QuizItem['kind']) => {
      const item = pools.get(kind)?.[0];
      assert.ok(item, `the lesson has a ${kind} item`);
      return item;
    };
    const items = [first('comprehension'), first('cloze'), first('match')];
    const view = await openReader();
    await view.post({ type: 'quizStart', quiz: { ...quizOf(3), items }, title: 'Rencontre' });
    const seen: [string, string, string][] = [];
    for (const item of items) {
      await view.page.waitForFunction((id) => document.querySelector<HTMLElement>('.quiz-drawer .quiz')?.dataset.item === id, item.id);
      const kind = view.page.locator('.quiz-drawer .quiz-kind');
      seen.push([await kind.innerText(), await view.page.locator('.quiz-drawer .quiz-keys').innerText(), await kind.evaluate((e) => getComputedStyle(e).fontFamily)]);
      await answerByKeyboard(view, item, true);
      await view.page.keyboard.press('Enter');
    }
    const choices = (items[0] as Extract<QuizItem, { choices: string[] }>).choices.length;
    const rows = (items[2] as MatchItem).right.length;
    assert.deepEqual(seen.map(([label, keys]) => [label, keys]), [
      ['Comprehension', `1–${choices} choose · Tab move · Esc back to the text`],
      ['Fill in the blank', 'Type the word · Enter checks · Esc back to the text'],
      ['Match the pairs', `1–${rows} match the row · Enter checks · Tab next row · Esc back to the text`],
    ]);
    for (const [label, , font] of seen) assert.doesNotMatch(font, /mono/i, `${label} is not in the code font`);
  });
});
