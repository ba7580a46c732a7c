// Questions a language model wrote (issue 16) are marked as such in the quiz: the lesson file
// records them (`<!-- questions by language model (…): 1 -->`), the quiz item carries the model's
// name, and the card says so in words a screen reader reads, in English and in French. Screenshots
// in light, dark and high contrast go to test-results/quiz-written-by/ for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';
import type { ComprehensionItem, Quiz } from '../../src/core/quiz/types';
import type { L10nBundle } from '../../src/core/uiLanguage';
import { testAnalyzer, testRank } from '../unit/quizInputs';
import { tempDir } from '../unit/progress-helpers';
import { READER_SURFACE, REPO_ROOT, useWebviewHarness, type Surface, type WebviewPage } from './harness';
import { HOVER_PREFS, lessonMessage } from './readerFixtures';
import type { ThemeKind } from './themes';

const FRENCH: L10nBundle = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n/bundle.l10n.fr.json'), 'utf8')) as L10nBundle;
const SURFACE: Surface = { ...READER_SURFACE, styles: ['media/common.css', 'media/reader.css', 'media/quiz.css'] };
const SHOTS = path.join(REPO_ROOT, 'test-results', 'quiz-written-by');
const MODEL = 'Scripted Model';

/** The first seed lesson as the language model feature leaves it: its first question marked as the model's. */
function markedLesson(dir: string) {
  const source = readFileSync(path.join(REPO_ROOT, 'lessons', 'wang-yi-lavrov', '01-rencontre.md'), 'utf8');
  const marked = source.replace('## Questions\n\n', `## Questions\n\n<!-- questions by language model (${MODEL}): 1 -->\n\n`);
  assert.notEqual(marked, source);
  const file = path.join(dir, '01-rencontre.md');
  writeFileSync(file, marked);
  const lesson = parseLesson(readFileSync(file, 'utf8'), file);
  const analyzer = testAnalyzer();
  return { lesson, doc: buildReaderDocument(lesson, analyzer), analysis: analyzer.analyze(lessonText(lesson)) };
}

describe('quiz: questions written by a language model are marked', function () {
  this.timeout(90000);
  const webview = useWebviewHarness();
  let inputs: ReturnType<typeof markedLesson>;
  let cleanup: () => void;
  before(() => {
    mkdirSync(SHOTS, { recursive: true });
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    inputs = markedLesson(tmp.dir);
  });
  after(() => cleanup());

  /** The model's question first, then one the lesson's author wrote. */
  function quiz(): { quiz: Quiz; byModel: ComprehensionItem; byAuthor: ComprehensionItem } {
    const all = generateQuiz(inputs.lesson, inputs.doc, inputs.analysis, { seed: 3, rank: testRank(), kinds: ['comprehension'] });
    const comprehension = all.items.filter((i): i is ComprehensionItem => i.kind === 'comprehension');
    const byModel = comprehension.find((i) => i.writtenBy !== undefined);
    const byAuthor = comprehension.find((i) => i.writtenBy === undefined);
    assert.ok(byModel && byAuthor, 'the lesson has a question by the model and one by its author');
    assert.equal(byModel.writtenBy, MODEL);
    assert.equal(comprehension.filter((i) => i.writtenBy !== undefined).length, 1, 'only the question the marker names');
    return { quiz: { ...all, items: [byModel, byAuthor] }, byModel, byAuthor };
  }

  async function openQuiz(theme: ThemeKind, french: boolean): Promise<WebviewPage> {
    const view = await webview.open({ surface: SURFACE, theme, viewport: { width: 900, height: 640 }, locale: french ? { lang: 'fr', bundle: FRENCH } : undefined });
    await view.post(lessonMessage(inputs.doc, HOVER_PREFS));
    await view.page.locator('.unit').first().waitFor();
    if (french) l10n.config({ contents: FRENCH });
    try {
      await view.post({ type: 'quizStart', quiz: quiz().quiz, title: inputs.lesson.meta.title });
    } finally {
      l10n.config({ contents: {} });
    }
    await view.page.locator('.quiz-drawer .quiz-card').waitFor();
    return view;
  }

  const markText = (view: WebviewPage) => view.page.locator('.quiz-drawer .quiz-written-by').innerText();

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`the model's question says who wrote it, the author's does not (English, ${theme}; screenshot)`, async () => {
      const view = await openQuiz(theme, false);
      assert.equal(await view.page.locator('.quiz-drawer .quiz-written-by').count(), 1);
      assert.equal(await view.page.getAttribute('.quiz-drawer .quiz-written-by', 'data-written-by'), MODEL);
      assert.match(await markText(view), /Question written by a language model \(Scripted Model\); it may be wrong\./);
      // The badge is decoration: the sentence beside it says the same for a screen reader.
      assert.equal(await view.page.getAttribute('.quiz-written-by-badge', 'aria-hidden'), 'true');
      assert.equal(await view.page.locator('.quiz-written-by').isVisible(), true);
      await view.page.screenshot({ path: path.join(SHOTS, `quiz-written-by-en-${theme}.png`) });
      // The next question is the author's: no mark.
      await view.page.keyboard.press('1');
      await view.page.locator('.quiz-drawer .quiz-feedback').waitFor();
      // « Next » is a primary button: the theme's button foreground on its button background.
      const next = await view.page.locator('.quiz-drawer .quiz-next').evaluate((b) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--vscode-button-foreground)';
        probe.style.backgroundColor = 'var(--vscode-button-background)';
        document.body.append(probe);
        const want = { color: getComputedStyle(probe).color, background: getComputedStyle(probe).backgroundColor };
        probe.remove();
        return { color: getComputedStyle(b).color, background: getComputedStyle(b).backgroundColor, want };
      });
      assert.equal(next.color, next.want.color, `${theme}: Next's text is the button foreground`);
      assert.equal(next.background, next.want.background, `${theme}: Next's background is the button background`);
      await view.page.keyboard.press('Enter');
      await view.page.waitForFunction(() => !document.querySelector('.quiz-drawer .quiz-feedback'));
      assert.equal(await view.page.locator('.quiz-drawer .quiz-written-by').count(), 0);
      assert.deepEqual(view.errors.filter((e) => !e.includes('status of 404')), []);
      assert.deepEqual(await view.cspViolations(), []);
    });
  }

  for (const theme of ['light', 'high-contrast'] as const) {
    it(`in French the mark speaks French (${theme}; screenshot)`, async () => {
      const view = await openQuiz(theme, true);
      assert.equal(await markText(view), 'IA\nQuestion écrite par un modèle de langage (Scripted Model)\u202f; elle peut se tromper.');
      await view.page.screenshot({ path: path.join(SHOTS, `quiz-written-by-fr-${theme}.png`) });
    });
  }
});
