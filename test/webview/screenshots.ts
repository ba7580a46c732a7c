// Screenshots of the reader for a human to look at: light, dark and high contrast, in hover mode
// (with a tooltip and a pinned card), interlinear, tinted by vocabulary status, and with the
// translation; then the first seed lesson with the legend open, learning words beside repaired
// ones, in hover and interlinear mode, in all four themes.
// Run by hand after `node esbuild.js`: npx tsx test/webview/screenshots.ts OUTDIR
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { HostToReader } from '../../src/protocol';
import { THEMES, type ThemeKind } from './themes';
import { READER_SURFACE, REPO_ROOT, WebviewHarness } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

const FIRST_LESSON = 'lessons/wang-yi-lavrov/01-rencontre.md';
/** Learning words beside the repaired `Sergueï Lavrov` and `Conseiller d'État`. */
const BESIDE_REPAIRS: HostToReader = {
  type: 'statuses',
  tint: true,
  statuses: {
    'russe|ADJ': 'learning-2',
    'Affaires étrangères|EXPR': 'learning-1',
    "Conseiller d'État|EXPR": 'learning-3',
    'ministre|NOUN': 'known',
    'rencontrer|VERB': 'learning-4',
  },
};

/** The first seed lesson, the legend open, learning words next to repaired ones. */
async function repairShots(harness: WebviewHarness, outDir: string): Promise<void> {
  const file = join(REPO_ROOT, FIRST_LESSON);
  const doc = buildReaderDocument(parseLesson(readFileSync(file, 'utf8'), FIRST_LESSON), createAnalyzer({ dataDir: join(REPO_ROOT, 'dist/data') }));
  for (const theme of Object.keys(THEMES) as ThemeKind[]) {
    const view = await harness.open({ surface: READER_SURFACE, theme, viewport: { width: 860, height: 620 } });
    const { page } = view;
    await view.post(lessonMessage(doc, HOVER_PREFS));
    await page.locator('.unit').first().waitFor();
    await view.post(BESIDE_REPAIRS);
    await page.locator('.toolbar [data-action="legend"]').click();
    await page.locator('#reader-legend').waitFor();
    // Keyboard focus on the repaired name, its gloss showing as the mouse would show it.
    await page.locator('.toolbar [data-action="next"]').focus();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight');
    await page.locator('.gloss-tooltip:not([hidden])').waitFor();
    await page.screenshot({ path: join(outDir, `repair-${theme}-hover.png`) });
    // The repaired name's card: the original form and the way to its note.
    await page.keyboard.press('Enter');
    await page.locator('.gloss-card .card-repair').waitFor();
    await page.screenshot({ path: join(outDir, `repair-${theme}-card.png`) });
    await page.keyboard.press('Escape');
    await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, mode: 'interlinear' } });
    await page.mouse.move(5, 600);
    await page.screenshot({ path: join(outDir, `repair-${theme}-interlinear.png`) });
    await view.close();
  }
}

const TINTED: HostToReader = {
  type: 'statuses',
  tint: true,
  statuses: {
    'réunion|NOUN': 'learning-1',
    'russe|ADJ': 'learning-2',
    'jeudi|NOUN': 'learning-3',
    'prochain|ADJ': 'learning-4',
    'pays|NOUN': 'known',
    'ministre|NOUN': 'known',
    "chef d'État|EXPR": 'ignored',
  },
};

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '/tmp/depeche-shots');
  mkdirSync(outDir, { recursive: true });
  const doc = readerFixture('first-paragraph');
  const harness = await WebviewHarness.start();
  const themes: ThemeKind[] = ['light', 'dark', 'high-contrast'];
  const viewport = { width: 860, height: 760 };
  try {
    await repairShots(harness, outDir);
    if (process.argv.includes('--repairs-only')) return;
    for (const theme of themes) {
      const view = await harness.open({ surface: READER_SURFACE, theme, viewport });
      const { page } = view;
      await view.post(lessonMessage(doc, HOVER_PREFS));
      await page.locator('.unit').first().waitFor();

      await page.getByText('Conseiller d\'État', { exact: true }).first().hover();
      await page.locator('.gloss-tooltip:not([hidden])').waitFor();
      await page.screenshot({ path: join(outDir, `${theme}-hover-tooltip.png`) });

      await page.getByText("chefs d'État", { exact: true }).click();
      await page.locator('.gloss-card:not([hidden])').waitFor();
      await page.mouse.move(5, 700);
      await page.screenshot({ path: join(outDir, `${theme}-hover-card.png`) });
      await page.keyboard.press('Escape');

      // An automatic gloss, and a word met several times in the lesson.
      await page.locator('.unit[data-unit="22"]').hover();
      await page.locator('.gloss-tooltip .origin-auto').waitFor();
      await page.screenshot({ path: join(outDir, `${theme}-hover-automatic.png`) });
      await page.locator('.unit[data-unit="13"]').click();
      await page.locator('.gloss-card .occurrence').first().waitFor();
      await page.mouse.move(5, 700);
      await page.screenshot({ path: join(outDir, `${theme}-card-occurrences.png`) });
      await page.keyboard.press('Escape');

      await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, mode: 'interlinear' } });
      await page.locator('.sentence-text').first().hover();
      await page.screenshot({ path: join(outDir, `${theme}-interlinear.png`) });

      // Vocabulary statuses: new words tinted, learning 1-4 underlined, known and ignored plain.
      await view.post(TINTED);
      await page.screenshot({ path: join(outDir, `${theme}-interlinear-tinted.png`) });
      await view.post({ type: 'prefs', prefs: HOVER_PREFS });
      await page.locator('.unit[data-unit="25"]').click();
      await page.locator('.gloss-card .card-status').waitFor();
      await page.mouse.move(5, 700);
      await page.screenshot({ path: join(outDir, `${theme}-tinted-card.png`) });
      await page.keyboard.press('Escape');
      await page.locator('.finish-bar').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outDir, `${theme}-tinted-finish.png`) });
      await view.post({ ...TINTED, tint: false });

      await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, showTranslation: true } });
      await page.screenshot({ path: join(outDir, `${theme}-translation.png`), fullPage: true });

      await page.locator('#notes-title').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outDir, `${theme}-notes.png`) });
      await view.close();
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
