// Screenshots of a discontinuous expression in the reader, for a human to look at: light, dark and
// high contrast; the parts at rest, lit up by the mouse on one part, and pinned (with the gap word
// beside them), then in interlinear mode.
// Run by hand after `node esbuild.js`: npx tsx test/webview/discontinuousScreenshots.ts OUTDIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { READER_SURFACE, WebviewHarness } from './harness';
import { discontinuousDoc, HOVER_PREFS, lessonMessage } from './readerFixtures';
import type { ThemeKind } from './themes';

const THEMES_SHOWN: ThemeKind[] = ['light', 'dark', 'high-contrast'];

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const doc = discontinuousDoc();
  const alarm = doc.units.find((u) => u.lemma === "tirer la sonnette d'alarme")!.id;
  const harness = await WebviewHarness.start();
  try {
    for (const theme of THEMES_SHOWN) {
      const view = await harness.open({ surface: READER_SURFACE, theme, viewport: { width: 760, height: 360 } });
      const { page } = view;
      await view.post(lessonMessage(doc, HOVER_PREFS));
      await page.locator('.unit').first().waitFor();
      await page.mouse.move(5, 350);
      await page.screenshot({ path: join(outDir, `${theme}-rest.png`) });
      await page.locator(`.unit[data-unit="${alarm}"]`).nth(1).hover();
      await page.locator('.gloss-tooltip:not([hidden])').waitFor();
      await page.screenshot({ path: join(outDir, `${theme}-hover-part.png`) });
      await page.locator(`.unit[data-unit="${alarm}"]`).nth(0).click();
      await page.locator('.gloss-card').waitFor();
      await page.mouse.move(5, 350);
      await page.screenshot({ path: join(outDir, `${theme}-pinned.png`) });
      await page.keyboard.press('Escape');
      await view.post({ type: 'prefs', prefs: { ...HOVER_PREFS, mode: 'interlinear' } });
      await page.screenshot({ path: join(outDir, `${theme}-interlinear.png`) });
      await view.close();
    }
  } finally {
    await harness.close();
  }
  console.log(`screenshots in ${outDir}`);
}

void main();
