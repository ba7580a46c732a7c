// Screenshots of Review Due Vocabulary and of the reader's quiz drawer for a human to look at:
// light, dark and high contrast; the review before and after the answer is shown and after an
// undo; the drawer on a matching item and on its summary, in a short window; a cloze open (its
// word hidden in the text) and answered. Third argument: only `review`, `quiz` or `cloze`.
// Run by hand after `node esbuild.js`: npx tsx test/webview/reviewQuizScreenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProgressService, ProgressStore } from '../../src/core/progress';
import { candidateItems, generateQuiz } from '../../src/core/quiz/generate';
import { answer, currentItem, next, startSession, type QuizSessionState } from '../../src/core/quiz/session';
import { buildQuizSource } from '../../src/core/quiz/source';
import type { Quiz } from '../../src/core/quiz/types';
import type { HostToReview, ReviewToHost } from '../../src/protocol';
import { ReviewController } from '../../src/vscode/reviewPanel';
import { FixedClock, seededRng, tempDir } from '../unit/progress-helpers';
import { loadQuizInputs, testRank } from '../unit/quizInputs';
import { READER_SURFACE, REPO_ROOT, WebviewHarness, type Surface, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import type { ThemeKind } from './themes';
import { wrongResponse } from '../unit/quizResponses';

const REVIEW: Surface = { name: 'review', script: 'dist/webview/review.js', styles: ['media/common.css', 'media/review.css'] };
const READER: Surface = { ...READER_SURFACE, styles: ['media/common.css', 'media/reader.css', 'media/quiz.css'] };
const LESSON = 'actualite/wang-yi-lavrov';
const SENTENCE = 'Wang Yi a souligné « l’amitié sans limites » entre la Chine et la Russie.';

async function reviewShots(harness: WebviewHarness, theme: ThemeKind, outDir: string): Promise<void> {
  const tmp = tempDir();
  const clock = new FixedClock('2026-03-02T09:00:00.000Z');
  const service = new ProgressService(new ProgressStore(join(tmp.dir, 'progress.json'), clock.now), clock.now, seededRng(9), {
    scheduler: { enableFuzz: false },
  });
  await service.load();
  service.noteSightings([
    { key: 'souligner|VERB', lesson: LESSON, sentence: SENTENCE, form: 'a souligné', gloss: 'to stress, to underline' },
    { key: 'amitié|NOUN', lesson: LESSON, sentence: SENTENCE, form: 'amitié', gloss: 'friendship' },
  ]);
  service.setStatus('souligner|VERB', 'learning-1');
  service.setStatus('amitié|NOUN', 'learning-1');
  const controller = new ReviewController(
    { ready: async () => service, loaded: service, onDidChange: (l) => service.onDidChange(l) },
    async () => 'Wang Yi reçoit Sergueï Lavrov', // as the extension names the lesson: by its title
  );
  const view = await harness.open({ surface: REVIEW, theme, viewport: { width: 760, height: 560 } });
  const host = async (message: ReviewToHost): Promise<void> => {
    const replies: HostToReview[] = [];
    if (message.type === 'ready') await controller.onReady((m) => void replies.push(m));
    else await controller.onMessage(message, (m) => void replies.push(m));
    for (const reply of replies) await view.post(reply);
  };
  const lastPosted = async (type: string, n: number) => (await view.waitForPosted(type, n))[n - 1] as unknown as ReviewToHost;
  try {
    await view.waitForPosted('ready');
    await host({ type: 'ready' });
    await view.page.locator('.review-card').waitFor();
    await view.page.screenshot({ path: join(outDir, `${theme}-review-before-reveal.png`) });
    await view.page.keyboard.press('Space');
    await view.page.screenshot({ path: join(outDir, `${theme}-review-after-reveal.png`) });
    await view.page.keyboard.press('3');
    await host(await lastPosted('grade', 1));
    await view.page.locator('.review-card[data-key="souligner|VERB"]').waitFor();
    await view.page.keyboard.press('u');
    await host(await lastPosted('undo', 1));
    await view.page.locator('.review-card[data-key="amitié|NOUN"]').waitFor();
    await view.page.screenshot({ path: join(outDir, `${theme}-review-after-undo.png`) });
  } finally {
    controller.dispose();
    await view.close();
    tmp.cleanup();
  }
}

async function quizShots(harness: WebviewHarness, theme: ThemeKind, outDir: string): Promise<void> {
  const inputs = loadQuizInputs(join(REPO_ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md'));
  const quizOf = (seed: number): Quiz => generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed, rank: testRank() });
  const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
  const match = (candidateItems(source, { seed: 3, kinds: ['match'], rank: testRank() }).get('match') ?? [])[0]!;
  const viewport = { width: 900, height: 520 };
  const open = async (state?: unknown): Promise<WebviewPage> => {
    const view = await harness.open({ surface: READER, theme, viewport, state });
    await view.post(lessonMessage(inputs.doc));
    await view.page.locator('.unit').first().waitFor();
    return view;
  };
  let view = await open();
  try {
    await view.post({ type: 'quizStart', quiz: { ...quizOf(3), items: [match, ...quizOf(3).items] }, title: inputs.lesson.meta.title });
    await view.page.locator('.quiz-drawer .quiz-match').waitFor();
    if (match.kind === 'match') for (const j of match.answer.slice(0, -1)) await view.page.keyboard.press(String(j + 1));
    await view.page.screenshot({ path: join(outDir, `${theme}-quiz-matching.png`) });
  } finally {
    await view.close();
  }
  // A summary with a long list to review: every answer wrong, twice.
  const quiz = quizOf(21);
  let session: QuizSessionState = startSession(quiz);
  for (;;) {
    session = answer(session, wrongResponse(currentItem(session)!));
    if (next(session).phase === 'finished') break;
    session = next(session);
  }
  view = await open({ lessonId: inputs.doc.lessonId, scrollTop: 0, prefs: HOVER_PREFS, quiz: session });
  try {
    await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
    await view.page.keyboard.press('Enter');
    await view.page.locator('.quiz-drawer .quiz-summary').waitFor();
    await view.page.screenshot({ path: join(outDir, `${theme}-quiz-summary.png`) });
  } finally {
    await view.close();
  }
}

/** A cloze open (its word hidden in the text), then answered (the word back, as evidence). */
async function clozeShots(harness: WebviewHarness, theme: ThemeKind, outDir: string): Promise<void> {
  const inputs = loadQuizInputs(join(REPO_ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md'));
  const source = buildQuizSource(inputs.lesson, inputs.doc, inputs.analysis, testRank());
  const cloze = (candidateItems(source, { seed: 5, kinds: ['cloze'], rank: testRank() }).get('cloze') ?? [])[0]!;
  const view = await harness.open({ surface: READER, theme, viewport: { width: 900, height: 560 } });
  try {
    await view.post(lessonMessage(inputs.doc));
    await view.page.locator('.unit').first().waitFor();
    await view.post({ type: 'quizStart', quiz: { schemaVersion: 1, lessonId: inputs.lesson.id, seed: 5, items: [cloze] }, title: inputs.lesson.meta.title });
    await view.page.locator('.quiz-drawer .quiz-input').waitFor();
    await view.page.evaluate(() => document.querySelector('mark.quiz-hidden')?.scrollIntoView({ block: 'center' }));
    await view.page.screenshot({ path: join(outDir, `${theme}-quiz-cloze-open.png`) });
    if (cloze.kind === 'cloze') await view.page.keyboard.type(cloze.answer);
    await view.page.keyboard.press('Enter');
    await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
    await view.page.locator('mark.quiz-evidence').first().waitFor();
    await view.page.screenshot({ path: join(outDir, `${theme}-quiz-cloze-answered.png`) });
  } finally {
    await view.close();
  }
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '/tmp/depeche-shots');
  const only = process.argv[3];
  mkdirSync(outDir, { recursive: true });
  const harness = await WebviewHarness.start();
  try {
    for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
      if (only === undefined || only === 'review') await reviewShots(harness, theme, outDir);
      if (only === undefined || only === 'quiz') await quizShots(harness, theme, outDir);
      if (only === undefined || only === 'cloze') await clozeShots(harness, theme, outDir);
      console.log(`${theme}: done`);
    }
  } finally {
    await harness.close();
  }
  console.log(`screenshots in ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
