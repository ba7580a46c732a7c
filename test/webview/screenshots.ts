// Screenshots of the reader for a human to look at: light, dark and high contrast, in hover mode
// (with a tooltip and a pinned card), interlinear, tinted by vocabulary status, and with the translation.
// Run by hand after `node esbuild.js`: npx tsx test/webview/screenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HostToReader } from '../../src/protocol';
import type { ThemeKind } from './themes';
import { READER_SURFACE, WebviewHarness } from './harness';
import { HOVER_PREFS, lessonMessage, readerFixture } from './readerFixtures';

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
