// End to end, as a learner would: the packaged .vsix installed into code-server (a real VS Code
// workbench) driven by headless chromium. Runs "Dépêche: Open Lesson…" from the palette, reads the
// glossed seed text, pins the gloss of « chefs d'État » (a lookup: the word waits for review),
// answers a comprehension question of the quiz from the reader's toolbar and sees its evidence
// highlighted, saves screenshots in three themes, reviews the word from the status bar, shows the
// dashboard (screenshots of both in light and dark), reloads the window (the reader comes back
// where it was) and finds the review in the dashboard. Last, in all three themes: a learning word
// beside a repaired one, the quiz drawer on a matching item and on its summary, and the review
// after an undo.
// Needs `source .ci/setup-vscode.sh` and `npm run package` (DEPECHE_VSIX overrides the .vsix path);
// screenshots go to DEPECHE_E2E_OUT (default test-results/e2e).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { THEMES, runCommand } from './workbench';
import { loadLessonFolders } from '../../src/core/lesson/library';
import type { Lesson } from '../../src/core/lesson/model';
import {
  installExtension, launchChromium, startCodeServer, writeUserSettings,
  type CodeServerDirs, type RunningCodeServer,
} from '../integration/codeServer';

const root = path.resolve(__dirname, '../..');
const vsix = process.env.DEPECHE_VSIX ?? path.join(root, 'dist', 'depeche.vsix');
const outDir = path.resolve(process.env.DEPECHE_E2E_OUT ?? path.join(root, 'test-results', 'e2e'));

/** The scroll positions in the reader's view files (reader-view.json) of every workspace storage under `userDataDir`. */
function storedScrollTops(userDataDir: string): number[] {
  const tops: number[] = [];
  const storage = path.join(userDataDir, 'User', 'workspaceStorage');
  for (const entry of fs.existsSync(storage) ? fs.readdirSync(storage, { recursive: true, encoding: 'utf8' }) : []) {
    if (path.basename(entry) !== 'reader-view.json') continue;
    try {
      const top = (JSON.parse(fs.readFileSync(path.join(storage, entry), 'utf8')) as { scrollTop?: unknown }).scrollTop;
      if (typeof top === 'number') tops.push(top);
    } catch {
      // Being written: the next look reads it whole.
    }
  }
  return tops;
}

/** The reader's own page: webview host iframe -> the extension's HTML in #active-frame. */
function readerFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The page of the webview on screen, when a hidden one (the reader behind a tab) may be in the DOM too. */
function visibleWebview(page: Page): FrameLocator {
  return page.locator('iframe.webview.ready').filter({ visible: true }).contentFrame().frameLocator('iframe#active-frame');
}

/** Answers the quiz item on screen by keyboard, right or wrong, and moves on past its feedback. */
async function answerAnyhow(web: FrameLocator): Promise<void> {
  const page = web.owner().page();
  const kind = await web.locator('.quiz-drawer .quiz-card').getAttribute('data-kind');
  if (kind === 'cloze') await page.keyboard.type('x');
  else if (kind === 'match' || kind === 'title-person') for (const key of '12345') await page.keyboard.press(key);
  else await page.keyboard.press('1');
  if (kind === 'cloze' || kind === 'match' || kind === 'title-person') await page.keyboard.press('Enter');
  await web.locator('.quiz-drawer .quiz-feedback').waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await web.locator('.quiz-drawer .quiz-feedback').waitFor({ state: 'detached', timeout: 15_000 });
}

describe('Dépêche end to end in code-server', function () {
  let tmp: string;
  let dirs: CodeServerDirs;
  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;
  let firstTitle: string;
  let firstLesson: Lesson;
  let workspace: string;

  /**
   * In the workspace settings: code-server notices changes there at once, while a change to the user
   * settings file outside the workspace may go unnoticed until the page reloads.
   */
  const setColorTheme = (theme: string) => {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }));
  };

  before(async function () {
    assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
    const { lessons } = await loadLessonFolders([path.join(root, 'lessons')]);
    const first = [...lessons].sort((a, b) => a.meta.order - b.meta.order)[0];
    assert.ok(first, 'the extension ships lessons');
    firstTitle = first.meta.title;
    firstLesson = first;

    fs.mkdirSync(outDir, { recursive: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'depeche-e2e-'));
    dirs = { userDataDir: path.join(tmp, 'user-data'), extensionsDir: path.join(tmp, 'extensions'), configDir: path.join(tmp, 'config') };
    workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
    writeUserSettings(dirs, {});
    setColorTheme(THEMES[0].setting);
    installExtension(dirs, vsix);

    server = await startCodeServer(dirs, { logFile: path.join(tmp, 'code-server.log') });
    browser = await launchChromium(path.join(tmp, 'chromium-profile'));
    page = browser.pages()[0] ?? (await browser.newPage());
    // The first load compiles the workbench's scripts: slow on a busy machine.
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (tmp) {
      if (this.currentTest?.state === 'failed' || fs.existsSync(path.join(outDir, 'failure.png'))) {
        fs.copyFileSync(path.join(tmp, 'code-server.log'), path.join(outDir, 'code-server.log'));
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => undefined);
    }
  });

  it('opens the first seed lesson with "Dépêche: Open Lesson…" from the palette', async function () {
    await runCommand(page, 'Dépêche: Open Lesson…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(firstTitle);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: firstTitle }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: firstTitle }).waitFor({ timeout: 30_000 });
    const web = readerFrame(page);
    await web.locator('.unit', { hasText: /^chefs d['’][ÉE]tat$/ }).first().waitFor({ timeout: 30_000 });
  });

  it('pins the gloss card of « chefs d’État »: heads of state', async function () {
    const web = readerFrame(page);
    await web.locator('.unit', { hasText: /^chefs d['’][ÉE]tat$/ }).first().click();
    const card = web.locator('.gloss-card');
    await card.waitFor({ timeout: 15_000 });
    assert.match(await card.innerText(), /\bheads of state\b/);
  });

  it('remembers a display mode chosen in the reader for the next panel', async function () {
    await readerFrame(page).locator('button[data-mode="interlinear"]').click();
    await readerFrame(page).locator('body.mode-interlinear').waitFor({ timeout: 15_000 });
    const tab = page.locator('.tabs-container .tab', { hasText: firstTitle });
    await runCommand(page, 'View: Close All Editors');
    await tab.waitFor({ state: 'detached', timeout: 15_000 });
    await runCommand(page, 'Dépêche: Open Lesson…');
    await page.locator('.quick-input-widget input').fill(firstTitle);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: firstTitle }).first().waitFor();
    await page.keyboard.press('Enter');
    // A new panel: its mode can only come from what the extension stored.
    await readerFrame(page).locator('body.mode-interlinear .unit').first().waitFor({ timeout: 30_000 });
    await readerFrame(page).locator('button[data-mode="hover"]').click();
    await readerFrame(page).locator('body.mode-hover').waitFor({ timeout: 15_000 });
    await readerFrame(page).locator('.unit', { hasText: /^chefs d['’][ÉE]tat$/ }).first().click();
    await readerFrame(page).locator('.gloss-card').waitFor({ timeout: 15_000 });
  });

  it('follows the light, dark and high-contrast themes (screenshots)', async function () {
    await runCommand(page, 'Dépêche: Focus on Lessons View');
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Atelier' }).waitFor();
    for (const theme of THEMES) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await readerFrame(page).locator(`body.${theme.webview}`).waitFor({ timeout: 30_000 });
      const file = path.join(outDir, `reader-${theme.name}.png`);
      await page.screenshot({ path: file });
      assert.ok(fs.statSync(file).size > 10_000, `${file} holds a real screenshot`);
    }
  });

  /** Screenshots of the webview on screen (light and dark, or all three themes), each once the page follows the theme. */
  async function screenshotsOf(name: string, themes: readonly (typeof THEMES)[number][] = THEMES.slice(0, 2)): Promise<void> {
    for (const theme of themes) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await visibleWebview(page).locator(`body.${theme.webview}`).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300); // the page repaints after the class change
      const file = path.join(outDir, `${name}-${theme.name}.png`);
      await page.screenshot({ path: file });
      assert.ok(fs.statSync(file).size > 10_000, `${file} holds a real screenshot`);
    }
  }

  it('counts the looked-up word in the status bar, and reviews it from there', async function () {
    const item = page.locator('.statusbar-item', { hasText: /\b1 new\b/ });
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    await page.locator('.tabs-container .tab', { hasText: 'Review' }).waitFor({ timeout: 30_000 });
    const review = visibleWebview(page);
    const card = review.locator('.review-card');
    await card.waitFor({ timeout: 30_000 });
    assert.equal(await card.getAttribute('data-key'), "chef d'État|EXPR");
    assert.match(await review.locator('.review-sentence').innerText(), /chefs d['’]État/);
    await review.locator('.review-show').click();
    await review.locator('.grade-good').waitFor();
    await screenshotsOf('review');
    await review.locator('.grade-good').click();
    await review.locator('.review-done').waitFor({ timeout: 15_000 });
    assert.match(await review.locator('.review-counts').innerText(), /1 reviewed · 0 due · 0 new/);
    // Nothing left to review: the status bar item goes away.
    await page.locator('.statusbar-item', { hasText: /\b\d+ (new|due)\b/ }).waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('shows the progress dashboard (screenshots)', async function () {
    await runCommand(page, 'Dépêche: Show Progress Dashboard');
    const dashboard = visibleWebview(page);
    await dashboard.locator('.vocab-table tr[data-key="chef d\'État|EXPR"]').waitFor({ timeout: 30_000 });
    await screenshotsOf('dashboard');
    // Back to the reader (the review and the dashboard stay open behind it, and come back after the reload).
    await page.locator('.tabs-container .tab', { hasText: firstTitle }).click();
    await visibleWebview(page).locator('.unit').first().waitFor({ timeout: 30_000 });
  });

  it('comes back after a window reload at the same lesson and scroll position', async function () {
    const web = visibleWebview(page);
    const scrolled = await web.locator('html').evaluate(() => {
      window.scrollTo(0, 300);
      return document.scrollingElement?.scrollTop ?? 0;
    });
    assert.ok(scrolled > 100, `the lesson is long enough to scroll (scrolled to ${scrolled})`);
    // The webview reports scrolling throttled and the host stores it debounced: wait until the
    // host's file has it (a fixed pause was a guess at how busy the machine is).
    const deadline = Date.now() + 30_000;
    while (!storedScrollTops(dirs.userDataDir).some((top) => Math.abs(top - scrolled) <= 2)) {
      assert.ok(Date.now() < deadline, `the host stored the scroll position ${scrolled}: ${storedScrollTops(dirs.userDataDir).join(', ') || 'nothing'}`);
      await page.waitForTimeout(200);
    }
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const tab = page.locator('.tabs-container .tab', { hasText: firstTitle });
    await tab.waitFor({ timeout: 60_000 });
    // The review and dashboard panels may be restored in front of it (whether the workbench saved
    // their tabs before the reload is its own timing): bring the reader forward.
    await tab.click();
    await visibleWebview(page).locator('.unit').first().waitFor({ timeout: 60_000 });
    // The page scrolls right after it renders the lesson: allow it a moment.
    let restored = 0;
    for (let i = 0; i < 25 && Math.abs(restored - scrolled) > 2; i++) {
      restored = await visibleWebview(page).locator('html').evaluate(() => document.scrollingElement?.scrollTop ?? 0);
      if (Math.abs(restored - scrolled) > 2) await page.waitForTimeout(200);
    }
    assert.ok(Math.abs(restored - scrolled) <= 2, `scroll position restored: ${restored}, was ${scrolled}`);
    // The reviewed word is being learnt now: the reader tints it so, from the saved progress.
    const heads = visibleWebview(page).locator('body.tint-statuses .unit', { hasText: /^chefs d['’][ÉE]tat$/ }).first();
    await heads.waitFor({ timeout: 15_000 });
    assert.equal(await heads.getAttribute('data-status'), 'learning-1');
  });

  it('still has the review after the reload (dashboard)', async function () {
    await runCommand(page, 'Dépêche: Show Progress Dashboard');
    const dashboard = visibleWebview(page);
    const row = dashboard.locator('.vocab-table tr[data-key="chef d\'État|EXPR"]');
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /\d{4}-\d{2}-\d{2}/, 'the word has its next review date');
    assert.equal(await dashboard.locator('[data-tile="reviews"] .tile-value').innerText(), '1');
  });

  it('answers the first comprehension question of the quiz by keyboard and sees its evidence highlighted', async function () {
    // Last, so that its answers grade nothing the review above counts on.
    await page.locator('.tabs-container .tab', { hasText: firstTitle }).click();
    const web = visibleWebview(page);
    await web.locator('.toolbar [data-action="quiz"]').click();
    await web.locator('.quiz-drawer .quiz-card').waitFor({ timeout: 30_000 });
    // Items of other kinds come first in this attempt's order: answer them anyhow, by keyboard.
    for (let step = 0; (await web.locator('.quiz-drawer .quiz-card').getAttribute('data-kind')) !== 'comprehension'; step++) {
      assert.ok(step < 20, 'the quiz has a comprehension question');
      await answerAnyhow(web);
    }
    const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();
    // French typography may add (non-breaking) spaces to prompts and choices: compare without any.
    const bare = (s: string) => s.replace(/[\s\u00a0\u202f]/g, '');
    const prompt = bare(await web.locator('.quiz-drawer .quiz-prompt').innerText());
    const question = firstLesson.questions.find((q) => bare(q.prompt) === prompt);
    assert.ok(question, `an authored question of the lesson: ${prompt}`);
    const choices = (await web.locator('.quiz-drawer .quiz-choice-text').allInnerTexts()).map(bare);
    const right = choices.indexOf(bare(question.choices[question.answer] ?? ''));
    assert.ok(right >= 0, `the right answer is among ${choices.join(' | ')}`);
    await page.keyboard.press(String(right + 1));
    await web.locator('.quiz-drawer .quiz-verdict', { hasText: 'Right.' }).waitFor({ timeout: 15_000 });
    await web.locator('mark.quiz-evidence').first().waitFor({ timeout: 15_000 });
    const highlighted = (await web.locator('mark.quiz-evidence').allTextContents()).join('');
    assert.equal(spaces(highlighted), spaces(question.evidence.quote));
    assert.ok(await web.locator('mark.quiz-evidence').first().isVisible(), 'the evidence is in view');
    await screenshotsOf('quiz-evidence');
    // Esc goes back to the text, the highlight with it.
    await web.locator('.quiz-drawer .quiz-next').focus();
    await page.keyboard.press('Escape');
    await web.locator('.quiz-drawer').waitFor({ state: 'hidden', timeout: 15_000 });
    assert.equal(await web.locator('mark.quiz-evidence').count(), 0);
  });

  it('marks a learning word and a repaired word apart, in every theme (screenshots)', async function () {
    const web = visibleWebview(page);
    // « russe » stands right before the repaired « Sergueï Lavrov » (the source had Sergue?).
    const russe = web.locator('.unit', { hasText: /^russe$/ }).first();
    await russe.click();
    await web.locator('.gloss-card').waitFor({ timeout: 15_000 });
    await page.keyboard.press('2');
    await page.keyboard.press('Escape');
    await web.locator('.gloss-card').waitFor({ state: 'hidden', timeout: 15_000 });
    // The status comes back from the host (saved, then posted to the page): wait for it, then check it.
    await web.locator('.unit[data-status="learning-2"]', { hasText: /^russe$/ }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    assert.equal(await russe.getAttribute('data-status'), 'learning-2');
    await web.locator('html').evaluate(() => window.scrollTo(0, 0));
    await screenshotsOf('reader-learning-repaired', THEMES);
  });

  it('shows the quiz drawer on a matching item and on its summary, in every theme (screenshots)', async function () {
    const web = visibleWebview(page);
    await web.locator('.toolbar [data-action="quiz"]').click();
    const card = web.locator('.quiz-drawer .quiz-card');
    const summary = web.locator('.quiz-drawer .quiz-summary');
    // Each attempt draws its own items, in its own order: the one resumed here may have no matching
    // item left, so a new attempt (N) is started until one comes.
    for (let step = 0; ; step++) {
      assert.ok(step < 60, 'an attempt of the quiz has a matching item');
      await web.locator('.quiz-drawer .quiz-card, .quiz-drawer .quiz-summary').first().waitFor({ timeout: 30_000 });
      if (await summary.isVisible()) {
        await page.keyboard.press('n');
        await card.waitFor({ timeout: 30_000 });
        continue;
      }
      if ((await card.getAttribute('data-kind')) === 'match') break;
      await answerAnyhow(web);
    }
    await screenshotsOf('quiz-match', THEMES);
    for (let step = 0; ; step++) {
      assert.ok(step < 40, 'the quiz ends with a summary');
      await web.locator('.quiz-drawer .quiz-card, .quiz-drawer .quiz-summary').first().waitFor({ timeout: 30_000 });
      if (await summary.isVisible()) break;
      await answerAnyhow(web);
    }
    await screenshotsOf('quiz-summary', THEMES);
    await page.keyboard.press('Escape');
  });

  it('brings the card back after an undo in the review, in every theme (screenshots)', async function () {
    const web = visibleWebview(page);
    // A content word still new, looked up now, waits as a new card (the quiz above graded some others).
    await web.locator('body.tint-statuses .unit.unit-tintable[data-status="new"]').first().click();
    await web.locator('.gloss-card').waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await page.locator('.statusbar-item', { hasText: /\b\d+ new\b/ }).waitFor({ timeout: 30_000 });
    await runCommand(page, 'Dépêche: Review Due Vocabulary');
    const review = visibleWebview(page);
    const card = review.locator('.review-card');
    await card.waitFor({ timeout: 30_000 });
    const key = await card.getAttribute('data-key');
    assert.ok(await review.locator('.review-undo').isDisabled(), 'nothing to undo before a grade');
    await page.keyboard.press('3');
    assert.equal(await review.locator('.review-answer').isVisible(), false, 'no grade before the answer is shown');
    await page.keyboard.press('Space');
    await review.locator('.grade-good').waitFor();
    await page.keyboard.press('3');
    await review.locator('.review-undo:not([disabled])').waitFor({ timeout: 15_000 });
    await page.keyboard.press('u');
    await review.locator(`.review-card[data-key="${key}"]`).waitFor({ timeout: 15_000 });
    await screenshotsOf('review-after-undo', THEMES);
  });
  it('shows the getting-started walkthrough with its six steps, and the import in the palette (screenshots)', async function () {
    // The palette on the import command: the walkthrough's image for that step.
    for (const theme of THEMES.slice(0, 2)) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('>Dépêche: New Lessons');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New Lessons from Dispatch' }).first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(outDir, `palette-import-${theme.name}.png`) });
      await page.keyboard.press('Escape');
    }
    await runCommand(page, 'Dépêche: Get Started with Dépêche');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('.getting-started-step', { hasText: 'Look a word up and pin it' }).waitFor({ timeout: 30_000 });
    // A step completes when the learner does it. VS Code makes its walkthrough service on first need
    // (at once with the Welcome page at startup, its default; this workbench has no startup page) and
    // counts each completion event once a window, so the check runs a command not run in this window
    // before the walkthrough opened: the first import.
    const importStep = walkthrough.locator('.getting-started-step', { hasText: 'Bring your own dispatch' });
    assert.equal(await importStep.locator('.codicon-getting-started-step-checked').count(), 0, 'not done yet in this walkthrough');
    await page.locator('.statusbar').click({ position: { x: 600, y: 5 } }); // out of the walkthrough, for the palette
    await runCommand(page, 'Dépêche: New Lessons from Dispatch…');
    await page.waitForTimeout(1000);
    await page.keyboard.press('Escape'); // the import's own choice of source: not needed here
    await runCommand(page, 'Dépêche: Get Started with Dépêche');
    await importStep.locator('.codicon-getting-started-step-checked').waitFor({ timeout: 15_000 });
    // Its six steps, each with its image of the real UI.
    for (const title of ['Open the first lesson', 'Look a word up and pin it', 'Take the quiz', 'Bring your own dispatch', 'Review what is due', 'See your progress']) {
      await walkthrough.locator('.getting-started-step', { hasText: title }).waitFor({ timeout: 15_000 });
    }
    await walkthrough.locator('.getting-started-step', { hasText: 'Look a word up and pin it' }).click();
    for (const theme of THEMES) {
      setColorTheme(theme.setting);
      await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500); // the step's image reloads for the theme
      const file = path.join(outDir, `walkthrough-${theme.name}.png`);
      await page.screenshot({ path: file });
      assert.ok(fs.statSync(file).size > 10_000, `${file} holds a real screenshot`);
    }
  });
});
